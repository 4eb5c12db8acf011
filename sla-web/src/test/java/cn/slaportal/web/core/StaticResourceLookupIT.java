package cn.slaportal.web.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import cn.slaportal.web.PortalHttp;

/**
 * Thymeleaf's link builder asks the resource chain about every {@code @{...}} link. A counting resolver placed
 * behind each handler's cache sees every look-up that goes on to the class path: once the pages are warm there
 * must be none, however many navigation links the pages carry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticResourceLookupIT {

    private static final List<String> PAGES = List.of("/", "/?lang=en", "/sla", "/faq", "/faq/general", "/calculator",
            "/search?q=downtime", "/login");

    @LocalServerPort
    private int port;

    @Autowired
    private ResourceUrlProvider resourceUrls;

    private final AtomicInteger lookups = new AtomicInteger();
    private PortalHttp http;

    @BeforeAll
    void countLookupsBehindTheCaches() {
        http = new PortalHttp(port);
        resourceUrls.getHandlerMap().values().forEach(handler -> {
            List<ResourceResolver> resolvers = handler.getResourceResolvers();
            int cache = 0;
            while (cache < resolvers.size() && resolvers.get(cache) instanceof CachingResourceResolver) {
                cache++;
            }
            resolvers.add(cache, new CountingResolver(lookups));
        });
    }

    @Test
    void warmPagesCauseNoClassPathLookups() {
        PAGES.forEach(page -> assertThat(http.get(page).statusCode()).as(page).isEqualTo(200));
        lookups.set(0);

        for (int round = 0; round < 5; round++) {
            PAGES.forEach(page -> assertThat(http.get(page).statusCode()).as(page).isEqualTo(200));
        }

        assertThat(lookups.get()).isZero();
    }

    @Test
    void onlyTheStaticFilesHaveResourceHandlers() {
        assertThat(resourceUrls.getHandlerMap().keySet()).extracting(Object::toString)
                .contains("/css/**", StaticResourceConfiguration.FAVICON).doesNotContain("/**");
        assertThat(resourceUrls.getForLookupPath("/sla/service-bus")).isNull();
        assertThat(resourceUrls.getForLookupPath("/css/portal.css")).matches("/css/portal-[0-9a-f]{32}\\.css");
    }

    @Test
    void stylesheetAndFaviconAreStillServed() {
        HttpResponse<String> home = http.get("/");
        String stylesheet = home.body().replaceAll("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+)\">.*", "$1");

        assertThat(http.get(stylesheet).statusCode()).isEqualTo(200);
        assertThat(http.get(stylesheet).headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");
        assertThat(http.get("/favicon.svg").statusCode()).isEqualTo(200);
        assertThat(http.get("/css/no-such.css").statusCode()).isEqualTo(404);
    }

    /** Passes everything on and counts each URL look-up that got past the handler's cache. */
    private record CountingResolver(AtomicInteger lookups) implements ResourceResolver {

        @Override
        public Resource resolveResource(HttpServletRequest request, String requestPath, List<? extends Resource> locations,
                ResourceResolverChain chain) {
            return chain.resolveResource(request, requestPath, locations);
        }

        @Override
        public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
            lookups.incrementAndGet();
            return chain.resolveUrlPath(resourcePath, locations);
        }
    }
}
