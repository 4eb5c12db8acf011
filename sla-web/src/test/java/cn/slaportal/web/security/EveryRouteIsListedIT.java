package cn.slaportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Deny by default keeps working as pages are added: every address a controller maps is on one of the lists of
 * {@link SecurityConfiguration} (public, customer, administration), so a new page is never silently denied, and
 * nothing under /account or /admin is public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryRouteIsListedIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyMappedAddressIsListedAsPublicOrForItsRole() {
        List<PathPattern> listed = Stream.of(SecurityConfiguration.PUBLIC_ROUTES, SecurityConfiguration.CUSTOMER_ROUTES,
                SecurityConfiguration.ADMIN_ROUTES).flatMap(Arrays::stream).map(PathPatternParser.defaultInstance::parse).toList();
        List<String> unlisted = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            String example = example(pattern);
            boolean matched = listed.stream().anyMatch(route -> route.matches(
                    org.springframework.http.server.PathContainer.parsePath(example)));
            if (!matched && !pattern.startsWith("/test-only/") && !pattern.equals("/error")) {
                unlisted.add(pattern + " (as " + example + ")");
            }
        }));
        assertThat(unlisted).as("mapped addresses that no security list names").isEmpty();
    }

    @Test
    void nothingUnderThePrivateAreasIsPublic() {
        assertThat(SecurityConfiguration.PUBLIC_ROUTES)
                .noneMatch(route -> route.startsWith("/account") || route.startsWith("/admin"));
    }

    /** The pattern with each variable replaced by a plausible value. */
    private static String example(String pattern) {
        return pattern.replaceAll("\\{reference:[^}]*\\}\\}?", "CLM-2026-000001")
                .replaceAll("\\{[^/]*?\\}(?=/|$|\\.)", "x1")
                .replace("/**", "/x1");
    }
}
