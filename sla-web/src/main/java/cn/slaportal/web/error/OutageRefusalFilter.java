package cn.slaportal.web.error;

import java.io.IOException;
import java.sql.SQLException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.slaportal.web.outage.DatabaseOutage;

/**
 * The database going away under the filters — Spring Session reading a signed-in visitor's session, the sign-in
 * reading the account and the throttle — is an outage like one under a controller: a localised 503 with
 * {@code Retry-After} (the API: 503 with its error body), never a 500. The first filter of all (before the session's),
 * so it sees what any of them throws; a failure the database being away does not explain is left as it is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutageRefusalFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(OutageRefusalFilter.class);

    private final DatabaseOutage outage;
    private final ErrorAnswers answers;

    OutageRefusalFilter(DatabaseOutage outage, ErrorAnswers answers) {
        this.outage = outage;
        this.answers = answers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (response.isCommitted() || !dataAccess(failure) || !outage.explains(failure)) {
                throw failure;
            }
            LOG.warn("Database unavailable before the page was reached ({} {}): {}", request.getMethod(),
                    request.getRequestURI(), failure.toString());
            response.reset();
            response.setHeader("Retry-After", PageErrorAdvice.RETRY_AFTER_SECONDS);
            answers.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** Whether a data-access or transaction failure (or the driver's own) is among the causes. */
    static boolean dataAccess(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof TransactionException
                    || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
