package cn.slaportal.web.apidocs;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * {@code /api}: the JSON API explained for people, in the page's language. The endpoints are read from the
 * application's request mappings under {@code /api/v1/}, so the page lists exactly what answers (and what the
 * OpenAPI document at {@value ApiDocsConfiguration#OPENAPI_PATH} describes).
 */
@Controller
class ApiPageController {

    static final String VIEW = "apidocs/index";

    private final RequestMappingHandlerMapping mappings;

    ApiPageController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @GetMapping("/api")
    String page(Model model) {
        model.addAttribute("endpoints", endpoints());
        model.addAttribute("openApiPath", ApiDocsConfiguration.OPENAPI_PATH);
        return VIEW;
    }

    List<ApiEndpoint> endpoints() {
        return mappings.getHandlerMethods().keySet().stream()
                .flatMap(ApiPageController::endpoints)
                .distinct()
                .sorted(Comparator.comparing(ApiEndpoint::path).thenComparing(ApiEndpoint::method))
                .toList();
    }

    private static java.util.stream.Stream<ApiEndpoint> endpoints(RequestMappingInfo info) {
        if (info.getPathPatternsCondition() == null || info.getMethodsCondition().getMethods().isEmpty()) {
            return java.util.stream.Stream.empty();
        }
        return info.getPathPatternsCondition().getPatterns().stream()
                .map(PathPattern::getPatternString)
                .filter(Objects::nonNull)
                .filter(path -> path.startsWith(ApiEndpoint.PREFIX))
                .flatMap(path -> info.getMethodsCondition().getMethods().stream()
                        .map(method -> new ApiEndpoint(method.name(), path)));
    }
}
