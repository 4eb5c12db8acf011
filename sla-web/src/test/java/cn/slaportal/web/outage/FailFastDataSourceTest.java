package cn.slaportal.web.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;

class FailFastDataSourceTest {

    /**
     * Long enough for Hikari's connection adder to record a refused connection before the pool's time-out even on a
     * loaded build machine (at 250 ms a fresh pool could time out before it tried, which looks like a busy pool).
     */
    private static final long POOL_TIMEOUT_MS = 1500;

    @Test
    void aBusyPoolIsWaitedForAndIsNoOutage() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            DatabaseOutage outage = new DatabaseOutage(Clock.systemUTC());
            FailFastDataSource guarded = new FailFastDataSource(pool, outage);
            CountDownLatch held = new CountDownLatch(1);
            CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
                try (Connection busy = guarded.getConnection()) {
                    held.countDown();
                    TimeUnit.MILLISECONDS.sleep(POOL_TIMEOUT_MS + 500);
                } catch (SQLException | InterruptedException failure) {
                    throw new IllegalStateException(failure);
                }
            });
            assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();

            try (Connection waited = guarded.getConnection()) {
                assertThat(waited.isValid(1)).isTrue();
            }
            holder.get(5, TimeUnit.SECONDS);
            assertThat(outage.known()).isFalse();
        }
    }

    @Test
    void anUnreachableDatabaseStartsAnOutageAndLaterRequestsFailAtOnce() {
        try (HikariDataSource pool = pool("jdbc:mysql://127.0.0.1:1/none?connectTimeout=200")) {
            DatabaseOutage outage = new DatabaseOutage(Clock.systemUTC());
            Thread caller = Thread.currentThread();
            AtomicInteger attemptsOfTheCaller = new AtomicInteger();
            DataSource counted = new DelegatingDataSource(pool) {
                @Override
                public Connection getConnection() throws SQLException {
                    if (Thread.currentThread() == caller) {
                        attemptsOfTheCaller.incrementAndGet();
                    }
                    return super.getConnection();
                }
            };
            FailFastDataSource guarded = new FailFastDataSource(counted, outage);

            assertThatThrownBy(guarded::getConnection).isInstanceOf(SQLException.class);
            assertThat(outage.known()).isTrue();
            int attemptsBeforeTheOutageWasKnown = attemptsOfTheCaller.get();
            assertThatThrownBy(guarded::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .hasMessageContaining("outage in progress");
            assertThat(attemptsOfTheCaller).as("the known outage answers without asking the pool")
                    .hasValue(attemptsBeforeTheOutageWasKnown);
        }
    }

    @Test
    void aFailureWithoutItsCauseIsAnOutageOnlyWhenTheDatabaseCannotBeReachedNow() {
        SQLException rollbackOnClosedConnection = new SQLException("Connection is closed");
        try (HikariDataSource down = pool("jdbc:mysql://127.0.0.1:1/none?connectTimeout=200");
             HikariDataSource up = pool("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            DatabaseOutage away = new DatabaseOutage(Clock.systemUTC());
            new FailFastDataSource(down, away);
            DatabaseOutage answering = new DatabaseOutage(Clock.systemUTC());
            new FailFastDataSource(up, answering);

            assertThat(away.explains(rollbackOnClosedConnection)).isTrue();
            assertThat(away.known()).isTrue();
            assertThat(answering.explains(rollbackOnClosedConnection)).isFalse();
            assertThat(answering.known()).isFalse();
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(POOL_TIMEOUT_MS);
        pool.setValidationTimeout(POOL_TIMEOUT_MS);
        pool.setInitializationFailTimeout(-1);
        return pool;
    }
}
