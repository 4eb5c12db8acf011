package cn.slaportal.web.api;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.claim.DuplicateClaim;
import cn.slaportal.persistence.claim.DuplicateClaimException;
import cn.slaportal.web.error.ConflictException;
import cn.slaportal.web.error.Conflicts;
import cn.slaportal.web.error.NotFoundException;
import cn.slaportal.web.outage.DatabaseOutage;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The one place where API refusals become {@code {"error":{"code","message"}}}: broken SLA rules, refused claim
 * steps and bad input answer 400 (also a query string that is not valid percent-encoded UTF-8), something that does
 * not exist (or is another organisation's) 404, a conflict with stored data (stale row version, duplicate claim) 409,
 * a wrong or wildcard content type 415, an Accept header without JSON 406, an unknown path 404. Only for
 * {@link JsonApi} controllers; no stack
 * trace or exception text ever reaches the client.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

    static final String UNAVAILABLE = "api.error.unavailable";
    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorAdvice.class);

    private final ApiMessages messages;
    private final DatabaseOutage outage;

    ApiErrorAdvice(ApiMessages messages, DatabaseOutage outage) {
        this.messages = messages;
        this.outage = outage;
    }

    @ExceptionHandler(SlaRuleViolation.class)
    ResponseEntity<ApiError> ruleViolation(SlaRuleViolation violation) {
        return answer(HttpStatus.BAD_REQUEST, violation.code(), violation.arguments());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException exception) {
        return answer(HttpStatus.NOT_FOUND, exception.messageKey(), List.of(exception.arguments()));
    }

    /** Stale row version, a duplicate claim, the same row written at the same moment: 409, nothing overwritten. */
    @ExceptionHandler({ConflictException.class, DuplicateClaim.class, DuplicateClaimException.class,
            OptimisticLockingFailureException.class})
    ResponseEntity<ApiError> conflict(RuntimeException exception) {
        ConflictException conflict = Conflicts.of(exception);
        return answer(HttpStatus.CONFLICT, conflict.messageKey(), List.of(conflict.arguments()));
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ApiError> problem(ApiProblem problem) {
        return answer(problem.status(), problem.code(), problem.arguments());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException exception) {
        String text = String.valueOf(exception.getMessage());
        String code = text.startsWith("Required request body is missing") ? "api.error.missing-body"
                : "api.error.malformed-json";
        return answer(HttpStatus.BAD_REQUEST, code, List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException exception) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.unsupported-media-type",
                List.of("application/json"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException exception) {
        return answer(HttpStatus.NOT_ACCEPTABLE, "api.error.not-acceptable", List.of("application/json"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException exception) {
        return answer(HttpStatus.BAD_REQUEST, "api.error.missing-parameter", List.of(exception.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> parameterType(MethodArgumentTypeMismatchException exception) {
        return answer(HttpStatus.BAD_REQUEST, "api.error.bad-parameter", List.of(exception.getName()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException exception) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "api.error.method-not-allowed", List.of(exception.getMethod()));
    }

    @ExceptionHandler(IOException.class)
    ResponseEntity<ApiError> unreadableBody(IOException exception) {
        LOG.debug("API request body could not be read: {}", exception.toString());
        return answer(HttpStatus.BAD_REQUEST, "api.error.unreadable-body", List.of());
    }

    /** The database is unreachable (an outage): 503 at once, with {@code Retry-After}, never a 500. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessException.class})
    ResponseEntity<ApiError> unavailable(Exception exception) {
        LOG.warn("Database unavailable while answering an API call: {}", exception.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(UNAVAILABLE, messages.message(UNAVAILABLE, List.of())));
    }

    /** Any other data-access or transaction failure: an outage when the connection broke mid-transaction, else a 500. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ApiError> connectionLost(Exception exception) {
        return outage.explains(exception) ? unavailable(exception) : unexpected(exception);
    }

    /** A query string (or form body) that is not valid percent-encoded UTF-8: one log line, no stack trace. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ApiError> badEncoding(InvalidParameterException exception, HttpServletRequest request) {
        LOG.info("API request refused, parameters not valid percent-encoded UTF-8: {} {}", request.getMethod(),
                request.getRequestURI());
        return answer(HttpStatus.BAD_REQUEST, "api.error.bad-encoding", List.of());
    }

    /** Spring Security's firewall checks parameter names only when they are read: a refusal like any other. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ApiError> rejected(RequestRejectedException exception, HttpServletRequest request) {
        LOG.info("API request refused by the firewall: {} {}: {}", request.getMethod(), request.getRequestURI(),
                exception.getMessage());
        return answer(HttpStatus.BAD_REQUEST, "api.error.bad-request", List.of());
    }

    /**
     * Spring refuses to read a wildcard {@code Content-Type} ({@code *}{@code /*}, {@code application/*}) with an
     * IllegalArgumentException; for the client that is an unsupported media type like any other.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> illegalArgument(IllegalArgumentException exception, HttpServletRequest request) {
        if (hasWildcardContentType(request)) {
            return unsupportedMediaType(null);
        }
        return unexpected(exception);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception exception) {
        LOG.error("Unexpected failure in the JSON API", exception);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "api.error.internal", List.of());
    }

    private static boolean hasWildcardContentType(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
    }

    private ResponseEntity<ApiError> answer(HttpStatus status, String code, List<Object> arguments) {
        // The content type is preset so that an Accept header without JSON cannot turn a refusal into a 500.
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(code, messages.message(code, arguments)));
    }
}
