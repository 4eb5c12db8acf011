package cn.slaportal.web.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Answers every {@code /api/} request no endpoint claims, as JSON: 405 when an endpoint exists at that address
 * for another method, else 404. Every real endpoint's pattern is more specific than {@code /api/**}, so it
 * always wins over this one.
 */
@JsonApi
@RestController
class ApiFallbackController {

    static final String EVERYTHING_UNDER_API = "/api/**";

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    ApiFallbackController(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @RequestMapping(EVERYTHING_UNDER_API)
    void unclaimed(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping != null && mapping.getHandlerMethods().keySet().stream().anyMatch(info -> claims(info, path))) {
            throw new ApiProblem(HttpStatus.METHOD_NOT_ALLOWED, "api.error.method-not-allowed", request.getMethod());
        }
        throw new ApiProblem(HttpStatus.NOT_FOUND, "api.error.not-found");
    }

    private static boolean claims(RequestMappingInfo info, PathContainer path) {
        if (info.getPathPatternsCondition() == null) {
            return false;
        }
        for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
            if (!pattern.getPatternString().equals(EVERYTHING_UNDER_API) && pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
