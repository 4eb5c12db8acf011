package cn.slaportal.web.outage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Whether the database is known to be unreachable, and since when. An outage begins when a connection attempt
 * fails ({@link FailFastDataSource}); it ends when {@link #probe()}, called by one background task, gets a valid
 * connection from the pool again.
 */
@Component
public class DatabaseOutage {

    static final int PROBE_TIMEOUT_SECONDS = 1;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutage.class);

    private final Clock clock;
    private volatile Instant since;
    private volatile DataSource pool;

    public DatabaseOutage(Clock clock) {
        this.clock = clock;
    }

    /** The moment the current outage began; empty while the database answers. */
    public Optional<Instant> since() {
        return Optional.ofNullable(since);
    }

    public boolean known() {
        return since != null;
    }

    /**
     * Whether a failure is the database connection breaking, however Spring, Hibernate or the driver wrapped it:
     * a connection exception among its causes (Spring's {@link RecoverableDataAccessException} included), or SQL
     * state class 08 (connection exception). A transaction that loses its connection fails on commit or rollback,
     * and that failure arrives wrapped in a generic exception; it is an outage all the same.
     */
    public static boolean isConnectionLoss(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof RecoverableDataAccessException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database being away explains a failure that carries no connection exception of its own: a
     * transaction whose connection broke reports the failed rollback ("connection is closed") and loses the
     * original cause. Known outage, a connection loss among the causes, or a connection that cannot be had or
     * validated now (which also starts the outage) — each says yes; a pool that is merely busy says no.
     */
    public boolean explains(Throwable failure) {
        if (known() || isConnectionLoss(failure)) {
            return true;
        }
        DataSource target = pool;
        if (target == null) {
            return false;
        }
        try (Connection connection = target.getConnection()) {
            return !connection.isValid(PROBE_TIMEOUT_SECONDS);
        } catch (SQLException unreachable) {
            if (FailFastDataSource.poolMerelyBusy(unreachable)) {
                return false;
            }
            begin(unreachable);
            return true;
        }
    }

    void begin(SQLException cause) {
        if (since == null) {
            since = clock.instant();
            LOG.warn("Database unreachable, failing fast until the background probe reaches it again: {}",
                    cause.toString());
        }
    }

    void probeThrough(DataSource pool) {
        this.pool = pool;
    }

    /**
     * During an outage, tries one connection from the pool (not through the fail-fast guard) and ends the outage
     * when it is valid. Returns whether the database is available now.
     */
    public boolean probe() {
        Instant began = since;
        DataSource target = pool;
        if (began == null || target == null) {
            return began == null;
        }
        try (Connection connection = target.getConnection()) {
            if (connection.isValid(PROBE_TIMEOUT_SECONDS)) {
                since = null;
                LOG.info("Database reachable again after {}", Duration.between(began, clock.instant()));
                return true;
            }
        } catch (SQLException stillDown) {
            LOG.debug("Database still unreachable: {}", stillDown.toString());
        }
        return false;
    }
}
