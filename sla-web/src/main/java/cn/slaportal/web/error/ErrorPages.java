package cn.slaportal.web.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error page ({@code templates/error/page.html}) for every status: the status chooses which texts it
 * shows — its own where the bundles have them (400, 403, 404, 413, 500, 503), else those of its class (400 for any
 * other 4xx, 500 for any other 5xx). Used by {@link PortalErrorController} and by {@link PageErrorAdvice}.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    static final String VIEW = "error/page";
    private static final Set<Integer> WORDED = Set.of(400, 403, 404, 413, 500, 503);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return page(status, model);
    }

    static ModelAndView page(HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>(model);
        page.put("status", status.value());
        page.put("kind", kind(status));
        return new ModelAndView(VIEW, page, status);
    }

    static int kind(HttpStatus status) {
        if (WORDED.contains(status.value())) {
            return status.value();
        }
        return status.is4xxClientError() ? 400 : 500;
    }
}
