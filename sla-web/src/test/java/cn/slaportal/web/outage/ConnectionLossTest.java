package cn.slaportal.web.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.TransactionSystemException;

class ConnectionLossTest {

    static java.util.stream.Stream<Arguments> failures() {
        return java.util.stream.Stream.of(
                Arguments.of("rollback after the connection broke (driver state 08S01)",
                        new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                                new SQLException("Communications link failure", "08S01"))), true),
                Arguments.of("commit on a connection the server closed",
                        new TransactionSystemException("Could not commit", new SQLRecoverableException("closed")), true),
                Arguments.of("commit on a connection that broke (Spring's recoverable failure)",
                        new org.springframework.dao.RecoverableDataAccessException("Unable to commit against JDBC Connection",
                                new RuntimeException("Communications link failure")), true),
                Arguments.of("pool time-out", new SQLTransientConnectionException("timeout"), true),
                Arguments.of("connection refused", new SQLNonTransientConnectionException("refused"), true),
                Arguments.of("a constraint violation is no outage",
                        new JpaSystemException(new RuntimeException(new SQLException("duplicate", "23000"))), false),
                Arguments.of("a programming error is no outage", new IllegalStateException("bug"), false),
                Arguments.of("no SQL state at all", new JpaSystemException(new RuntimeException(new SQLException("x"))),
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void tellsABrokenConnectionFromOtherFailures(String situation, Exception failure, boolean connectionLoss) {
        assertThat(DatabaseOutage.isConnectionLoss(failure)).isEqualTo(connectionLoss);
    }
}
