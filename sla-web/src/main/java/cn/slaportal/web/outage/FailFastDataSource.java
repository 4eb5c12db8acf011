package cn.slaportal.web.outage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, guarded: while an outage is known every connection request fails at once with
 * a {@link SQLTransientConnectionException} (Spring translates it into a {@code DataAccessResourceFailureException},
 * which pages and the API answer with 503); a failed connection attempt starts the outage.
 */
class FailFastDataSource extends DelegatingDataSource {

    static final String SQL_STATE_CONNECTION_FAILURE = "08001";
    static final int BUSY_POOL_WAITS = 3;

    private final DatabaseOutage outage;

    FailFastDataSource(DataSource pool, DatabaseOutage outage) {
        super(pool);
        this.outage = outage;
        outage.probeThrough(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(() -> obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect(() -> obtainTargetDataSource().getConnection(username, password));
    }

    /**
     * A pool that is merely busy (every connection lent out, the database answering) is no outage: the request
     * waits for up to {@link #BUSY_POOL_WAITS} pool time-outs before it gives up. A time-out that carries the pool's
     * last connection failure, or any other connection exception, is an outage.
     */
    private Connection connect(ConnectionSource source) throws SQLException {
        refuseDuringOutage();
        for (int wait = 1; ; wait++) {
            try {
                return source.connection();
            } catch (SQLException failure) {
                if (poolMerelyBusy(failure) && wait < BUSY_POOL_WAITS && !outage.known()) {
                    continue;
                }
                if (!poolMerelyBusy(failure) && DatabaseOutage.isConnectionLoss(failure)) {
                    outage.begin(failure);
                }
                throw failure;
            }
        }
    }

    /** Hikari's time-out without a cause: no connection was free in time, and none failed to open. */
    static boolean poolMerelyBusy(SQLException failure) {
        return failure instanceof SQLTransientConnectionException && failure.getCause() == null
                && !SQL_STATE_CONNECTION_FAILURE.equals(failure.getSQLState());
    }

    @FunctionalInterface
    private interface ConnectionSource {
        Connection connection() throws SQLException;
    }

    private void refuseDuringOutage() throws SQLException {
        if (outage.known()) {
            throw new SQLTransientConnectionException("The database is unreachable (outage in progress)",
                    SQL_STATE_CONNECTION_FAILURE);
        }
    }
}
