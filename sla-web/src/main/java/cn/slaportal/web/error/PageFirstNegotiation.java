package cn.slaportal.web.error;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A request that names no media type (no {@code Accept} header, or only {@code *}{@code /*}) is a visitor's: it
 * gets the HTML page, also for errors. JSON endpoints still answer JSON, since anything is acceptable to such a
 * request.
 */
@Configuration(proxyBeanMethods = false)
class PageFirstNegotiation implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
        negotiation.defaultContentType(MediaType.TEXT_HTML, MediaType.ALL);
    }
}
