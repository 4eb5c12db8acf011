package cn.slaportal.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in and the schema's CHECK constraints keep working after the connection pool has replaced every
 * connection it started with, among them the one Flyway created the schema through (issue 8, defect 1).
 * The pool is small and its maximum lifetime is Hikari's shortest (30 s, minus up to 25 %), so the test waits
 * for real retirement rather than simulating it. Subclasses choose the database.
 */
abstract class ConnectionRecyclingContract {

    static final String SHORT_POOL_LIFETIME = "spring.datasource.hikari.max-lifetime=30000";
    static final String SMALL_POOL = "spring.datasource.hikari.maximum-pool-size=3";
    static final String FULL_POOL = "spring.datasource.hikari.minimum-idle=3";
    private static final int POOL_SIZE = 3;
    private static final Duration REPLACEMENT_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** The SQL that names the database session of the connection it runs on. */
    abstract String sessionIdQuery();

    @Test
    void signsInAndWritesEveryCheckedColumnAfterEveryPooledConnectionWasReplaced() throws Exception {
        assertThat(signIn("alice@contoso.demo", "not her password")).as("wrong password, counted by the throttle")
                .isFalse();
        assertThat(signIn("alice@contoso.demo", "demo-alice-2026")).as("sign-in before recycling").isTrue();
        Set<String> original = pooledSessions();

        awaitReplacementOf(original);

        assertThat(signIn("alice@contoso.demo", "demo-alice-2026")).as("sign-in after recycling").isTrue();
        assertThat(signIn("bob@contoso.demo", "demo-bob-2026")).as("second account after recycling").isTrue();
        assertThat(signIn("bob@contoso.demo", "not his password")).as("wrong password after recycling").isFalse();
        assertThat(checkedWrites()).as("rows rewritten in claim, sla_version, notice_delivery, user_account")
                .allSatisfy(rows -> assertThat(rows).isPositive());
    }

    /** Rewrites each column guarded by a CHECK (... IN (...)) constraint, in a transaction that is rolled back. */
    private List<Integer> checkedWrites() {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            return List.of(
                    jdbc.update("UPDATE claim SET status = status"),
                    jdbc.update("UPDATE sla_version SET origin = origin"),
                    jdbc.update("UPDATE notice_delivery SET channel = channel"),
                    jdbc.update("UPDATE user_account SET role = role"));
        });
    }

    private void awaitReplacementOf(Set<String> original) throws Exception {
        long deadline = System.nanoTime() + REPLACEMENT_TIMEOUT.toNanos();
        Set<String> current = pooledSessions();
        while (current.stream().anyMatch(original::contains)) {
            assertThat(System.nanoTime()).as("every pooled connection replaced within " + REPLACEMENT_TIMEOUT)
                    .isLessThan(deadline);
            Thread.sleep(2_000);
            current = pooledSessions();
        }
    }

    /** Borrows the whole pool at once and asks each connection for its database session. */
    private Set<String> pooledSessions() throws SQLException {
        List<Connection> borrowed = new ArrayList<>();
        Set<String> sessions = new HashSet<>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                Connection connection = dataSource.getConnection();
                borrowed.add(connection);
                try (Statement statement = connection.createStatement();
                     ResultSet row = statement.executeQuery(sessionIdQuery())) {
                    row.next();
                    sessions.add(row.getString(1));
                }
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
        return sessions;
    }

    private boolean signIn(String email, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("CSRF token on the sign-in page").isTrue();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + encode(email) + "&password=" + encode(password)
                        + "&_csrf=" + encode(token.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("sign-in answer").isEqualTo(302);
        return answer.headers().firstValue("Location").filter(url -> !url.contains("error")).isPresent();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
