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

    private final DatabaseOutage outage;

    FailFastDataSource(DataSource pool, DatabaseOutage outage) {
        super(pool);
        this.outage = outage;
        outage.probeThrough(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseDuringOutage();
        try {
            return obtainTargetDataSource().getConnection();
        } catch (SQLException failure) {
            noteFailure(failure);
            throw failure;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        refuseDuringOutage();
        try {
            return obtainTargetDataSource().getConnection(username, password);
        } catch (SQLException failure) {
            noteFailure(failure);
            throw failure;
        }
    }

    private void refuseDuringOutage() throws SQLException {
        if (outage.known()) {
            throw new SQLTransientConnectionException("The database is unreachable (outage in progress)",
                    SQL_STATE_CONNECTION_FAILURE);
        }
    }

    private void noteFailure(SQLException failure) {
        if (DatabaseOutage.isConnectionLoss(failure)) {
            outage.begin(failure);
        }
    }
}
