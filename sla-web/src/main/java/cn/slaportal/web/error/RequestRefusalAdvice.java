package cn.slaportal.web.error;

import cn.slaportal.web.api.ApiRefusals;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals of the request itself that any handler may meet, answered as the API error body under {@code /api} and
 * as the portal's error page elsewhere: a multipart body that cannot be read (no boundary, cut short) or is beyond
 * the upload limits — it fails before any handler is chosen, so only an advice for every handler sees it — 413 for
 * a size limit, else 400; a parameter name Spring Security's firewall refuses when it is first read, 400.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestRefusalAdvice {

    private final ErrorAnswers answers;

    RequestRefusalAdvice(ErrorAnswers answers) {
        this.answers = answers;
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadableMultipart(MultipartException exception, HttpServletRequest request,
                                     HttpServletResponse response) throws IOException {
        HttpStatus status = exception instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE
                : HttpStatus.BAD_REQUEST;
        return refusal(status, request, response);
    }

    @ExceptionHandler(RequestRejectedException.class)
    ModelAndView rejected(RequestRejectedException exception, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        return refusal(HttpStatus.BAD_REQUEST, request, response);
    }

    private ModelAndView refusal(HttpStatus status, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (ApiRefusals.isApiPath(request.getRequestURI())) {
            answers.writeJson(request, response, status.value());
            return null;
        }
        return ErrorPages.page(status, Map.of());
    }
}
