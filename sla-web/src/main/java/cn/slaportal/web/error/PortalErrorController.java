package cn.slaportal.web.error;

import cn.slaportal.web.api.ApiRefusals;
import cn.slaportal.web.security.SecurityHeaders;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /error}, in place of Boot's error controller: every status that reaches it — from {@code sendError}, an
 * exception no advice handled, or a Spring Security firewall refusal — becomes the portal's error page, or the
 * API error body when the original address was under {@code /api}, always with the security headers (a firewall
 * refusal never reached the filter that writes them). Asked for directly, {@code /error} is a page that does not
 * exist: 404.
 */
@Controller
class PortalErrorController implements ErrorController {

    private final ErrorViewResolver pages;
    private final ErrorAnswers answers;

    PortalErrorController(ErrorViewResolver pages, ErrorAnswers answers) {
        this.pages = pages;
        this.answers = answers;
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        SecurityHeaders.addMissing(response);
        if (ApiRefusals.isApiPath(originalPath(request))) {
            answers.writeJson(request, response, status.value());
            return null;
        }
        return pages.resolveErrorView(request, status, Map.of());
    }

    private static HttpStatus status(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus status = HttpStatus.resolve(code);
            if (status != null && status.isError()) {
                return status;
            }
            return code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.NOT_FOUND;
    }

    private static String originalPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String path ? path : request.getRequestURI();
    }
}
