package cn.slaportal.web.core;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files that live outside {@code /css/}: the favicon, the scripts and {@code /robots.txt}. Boot's
 * resource handler serves only {@code spring.mvc.static-path-pattern=/css/**} (application.properties), so the
 * versioned resource chain — consulted by Thymeleaf's link builder for every {@code @{...}} link through
 * {@code ResourceUrlEncodingFilter} — looks up only the paths that really hold static files; navigation links
 * never reach the class path.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

    /** A pattern rather than the exact path, so the file name stays the path within the mapping (not ""). */
    static final String FAVICON = "/favicon.*";
    /** The scripts that improve a page (every page works without them). */
    static final String SCRIPTS = "/js/**";
    /** The crawlers' policy: everything public may be crawled (README, "Search engines"). */
    static final String ROBOTS = "/robots.txt";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(FAVICON).addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .resourceChain(true);
        registry.addResourceHandler(ROBOTS).addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
        // The calculator's script (polish): content-hashed URLs cached for a year, like the stylesheets.
        registry.addResourceHandler(SCRIPTS).addResourceLocations("classpath:/static/js/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true).addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
