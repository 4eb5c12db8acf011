package cn.slaportal.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.web.MutableClock;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The sign-in throttle through real HTTP (issue 8, defects 2 and 3). Client addresses are simulated with
 * {@code X-Forwarded-For}, which Tomcat trusts from loopback once forwarded headers are switched on; time moves
 * on a {@link MutableClock}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class LoginThrottleIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "correct horse battery staple";
    private static final String BAD_CREDENTIALS = "The e-mail address or the password is not right.";

    @LocalServerPort
    int port;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    CountingPasswordEncoder countingEncoder;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetFailures() {
        jdbc.update("DELETE FROM login_throttle");
    }

    @Test
    void guessingFromOneAddressRefusesEvenTheRightPasswordFromThereUntilTheDelayHasPassed() throws Exception {
        String email = newCustomer();
        String address = randomAddress();
        for (int guess = 0; guess < LoginThrottle.ADDRESS_FREE_FAILURES + 1; guess++) {
            assertThat(new Visitor(address).signIn(newCustomer(), "guess " + guess)).isEqualTo("/login?error");
        }
        Visitor owner = new Visitor(address);

        assertThat(owner.signIn(email, PASSWORD)).isEqualTo("/login?error");
        assertThat(owner.page("/login?error&lang=en")).contains(BAD_CREDENTIALS);
        assertThat(new Visitor(randomAddress()).signIn(email, PASSWORD)).as("another address").isEqualTo("/account");

        clock.advance(Duration.ofMinutes(16));
        assertThat(new Visitor(address).signIn(email, PASSWORD)).as("after the delay").isEqualTo("/account");
    }

    @Test
    void guessingOneAccountFromManyAddressesLetsItsOwnerInFromAnAddressThatDidNotGuess() throws Exception {
        String email = newCustomer();
        List<String> guessers = new ArrayList<>();
        for (int guess = 0; guess < LoginThrottle.ACCOUNT_FREE_FAILURES + 3; guess++) {
            String address = randomAddress();
            guessers.add(address);
            assertThat(new Visitor(address).signIn(email, "guess " + guess)).isEqualTo("/login?error");
        }

        assertThat(new Visitor(guessers.get(0)).signIn(email, PASSWORD)).as("right password from a guessing address")
                .isEqualTo("/login?error");
        assertThat(new Visitor(randomAddress()).signIn(email, "yet another guess")).isEqualTo("/login?error");
        Visitor owner = new Visitor(randomAddress());
        assertThat(owner.signIn(email, PASSWORD)).as("the owner's own address").isEqualTo("/account");
        assertThat(owner.page("/?lang=en")).contains("Sign out");
        assertThat(accounts.userByEmail(email).orElseThrow().locked()).as("the throttle locks no account").isFalse();
    }

    @Test
    void lockedUnknownAndWrongPasswordGetTheSameAnswerAfterTheSamePasswordCheck() throws Exception {
        String locked = newCustomer();
        UserAccount account = accounts.userByEmail(locked).orElseThrow();
        accounts.setLocked(account.id(), account.rowVersion(), true);
        List<String> answers = new ArrayList<>();
        List<Integer> checks = new ArrayList<>();

        for (String[] attempt : new String[][] {{locked, PASSWORD}, {"nobody-" + UUID.randomUUID() + "@example.test",
                PASSWORD}, {newCustomer(), "wrong password"}}) {
            Visitor visitor = new Visitor(randomAddress());
            int before = countingEncoder.checks.get();
            answers.add(visitor.signIn(attempt[0], attempt[1]) + " " + visitor.page("/login?error&lang=en")
                    .replaceAll("name=\"_csrf\" value=\"[^\"]+\"", ""));
            checks.add(countingEncoder.checks.get() - before);
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer).startsWith("/login?error ").contains(BAD_CREDENTIALS)
                .doesNotContain("locked"));
        assertThat(answers).containsOnly(answers.get(0));
        assertThat(checks).as("password checks per attempt").containsExactly(1, 1, 1);
    }

    @Test
    void parallelFailedSignInsOnOneSessionAllAnswerTheSignInPage() throws Exception {
        String email = newCustomer();
        Visitor visitor = new Visitor(randomAddress());
        String token = visitor.csrf();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String password = "parallel guess " + i;
                posts.add(() -> visitor.post(email, password, token).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(posts)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(302);
        } finally {
            pool.shutdown();
        }
        assertThat(visitor.page("/login?error&lang=en")).contains(BAD_CREDENTIALS);
    }

    private String newCustomer() {
        long organisation = accounts.createOrganisation("Throttle test " + UUID.randomUUID(), Instant.now()).id();
        String email = "throttle-" + UUID.randomUUID() + "@example.test";
        accounts.createUser(new NewUserAccount(email, "Throttle Test", passwords.encode(PASSWORD), Role.CUSTOMER,
                Optional.of(organisation)), Instant.now());
        return email;
    }

    private static String randomAddress() {
        UUID random = UUID.randomUUID();
        return "198.51." + Math.floorMod(random.getMostSignificantBits(), 256) + "."
                + (Math.floorMod(random.getLeastSignificantBits(), 254) + 1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One browser at one client address: keeps its cookies, follows no redirects. */
    private final class Visitor {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String address;

        Visitor(String address) {
            this.address = address;
        }

        String page(String path) throws IOException, InterruptedException {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        String csrf() throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(page("/login"));
            assertThat(token.find()).as("CSRF token").isTrue();
            return token.group(1);
        }

        HttpResponse<String> post(String email, String password, String token) throws IOException, InterruptedException {
            return http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=" + encode(email) + "&password=" + encode(password)
                            + "&_csrf=" + encode(token))).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Where the sign-in sends the visitor. */
        String signIn(String email, String password) throws IOException, InterruptedException {
            HttpResponse<String> answer = post(email, password, csrf());
            assertThat(answer.statusCode()).isEqualTo(302);
            return URI.create(answer.headers().firstValue("Location").orElseThrow()).getRawPath()
                    + Optional.ofNullable(URI.create(answer.headers().firstValue("Location").orElseThrow()).getRawQuery())
                    .map(query -> "?" + query).orElse("");
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html")
                    .header("X-Forwarded-For", address);
        }
    }

    /** Counts password checks, to show that every refusal costs the same work. */
    static final class CountingPasswordEncoder implements PasswordEncoder {

        final AtomicInteger checks = new AtomicInteger();
        private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }

    @TestConfiguration
    static class ThrottleTestConfiguration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        @Primary
        CountingPasswordEncoder countingPasswordEncoder() {
            return new CountingPasswordEncoder();
        }
    }
}
