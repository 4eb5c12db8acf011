package cn.slaportal.web.error;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.claim.DuplicateClaim;
import cn.slaportal.persistence.claim.DuplicateClaimException;
import cn.slaportal.web.outage.DatabaseOutage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps the outcomes of page controllers to error pages, in one place: {@link NotFoundException} to 404, a
 * {@link ConflictException} (stale row version, duplicate claim or version) to 409, a refused claim step or any other
 * {@link SlaRuleViolation} a form did not catch to 400 (each with its precise localised message), an unreachable
 * database to 503 with {@code Retry-After}. Handlers that answer
 * JSON ({@code @ResponseBody}, {@code @RestController}) are left to the API's own advice: for them the exception
 * is rethrown untouched. Ordered last so that any more specific advice wins.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger LOG = LoggerFactory.getLogger(PageErrorAdvice.class);

    private final DatabaseOutage outage;

    PageErrorAdvice(DatabaseOutage outage) {
        this.outage = outage;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException exception, HandlerMethod handler) throws NotFoundException {
        if (answersJson(handler)) {
            throw exception;
        }
        return ErrorPages.page(HttpStatus.NOT_FOUND,
                Map.of("detailKey", exception.messageKey(), "detailArgs", exception.arguments()));
    }

    /** Stale row version or a write at the same moment: 409 with the precise reason; nothing was overwritten. */
    @ExceptionHandler({ConflictException.class, DuplicateClaim.class, DuplicateClaimException.class,
            OptimisticLockingFailureException.class})
    ModelAndView conflict(RuntimeException exception, HandlerMethod handler) {
        if (answersJson(handler)) {
            throw exception;
        }
        ConflictException conflict = Conflicts.of(exception);
        return ErrorPages.page(HttpStatus.CONFLICT,
                Map.of("detailKey", conflict.messageKey(), "detailArgs", conflict.arguments()));
    }

    /** A refused step or another broken rule no form caught: 400 with its localised text. */
    @ExceptionHandler(SlaRuleViolation.class)
    ModelAndView refused(SlaRuleViolation violation, HandlerMethod handler) {
        if (answersJson(handler)) {
            throw violation;
        }
        return ErrorPages.page(HttpStatus.BAD_REQUEST,
                Map.of("detailKey", violation.code(), "detailArgs", violation.arguments().toArray()));
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessException.class})
    ModelAndView databaseUnavailable(Exception exception, HandlerMethod handler, HttpServletResponse response)
            throws Exception {
        if (answersJson(handler)) {
            throw exception;
        }
        LOG.warn("Database unavailable while rendering a page: {}", exception.toString());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        return ErrorPages.page(HttpStatus.SERVICE_UNAVAILABLE, Map.of());
    }

    /**
     * Any other data-access or transaction failure: 503 when it is the connection breaking mid-transaction (commit
     * or rollback fails and Spring reports it as a generic or "recoverable" failure), else left to the 500 page.
     * The more specific handlers (conflicts, the outage types above) still win.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView connectionLost(Exception exception, HandlerMethod handler, HttpServletResponse response)
            throws Exception {
        if (!outage.explains(exception)) {
            throw exception;
        }
        return databaseUnavailable(exception, handler, response);
    }

    private static boolean answersJson(HandlerMethod handler) {
        return handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
    }
}
