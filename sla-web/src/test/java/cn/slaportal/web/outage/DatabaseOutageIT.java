package cn.slaportal.web.outage;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Role;

/**
 * The portal on a MariaDB server of its own that is killed under traffic and started again. While it is away,
 * every public page answers 200 from the published content in memory — those viewed before and those nobody had
 * opened yet (a version page, the JSON twin, the history, the bilingual view, the feed, the API's lists, an FAQ
 * category) — and so do search, the calculator (its form and a calculation) and the sign-in page; what needs the
 * database (an invitation, a signed-in visitor's page, signing in) answers its localised 503 at once, nothing takes
 * 3 s or answers 500; when the server is back, the portal recovers by itself and the session made before still holds.
 */
@EnabledIfSystemProperty(named = "sla.it.mysql", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sla.test.context=outage")
@ActiveProfiles({"mysql", "mariadb"})
@ContextConfiguration(initializers = DatabaseOutageIT.OwnServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    private static final AtomicReference<PrivateMariaDb> SERVER = new AtomicReference<>();
    private static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(3);
    private static final Duration FAIL_FAST = Duration.ofSeconds(2);
    private static final List<String> IN_MEMORY = List.of("/?lang=en", "/sla/service-bus?lang=en", "/faq/general",
            "/sla/service-bus/versions", "/search?q=downtime&lang=en", "/search?q=" + "%E6%9C%8D%E5%8A%A1", "/calculator");
    /** Public pages first opened during the outage, with the status each answers from memory. */
    private static final Map<String, Integer> NEVER_VIEWED = orderedMap(
            "/sla/service-bus/versions/1?lang=zh-CN", 200, "/sla/dynamics-365?lang=zh-CN", 200,
            "/sla/dynamics-365/versions?lang=en", 200, "/sla/dynamics-365/versions/1/bilingual", 200,
            "/sla/dynamics-365/versions/1.json", 200, "/sla/feed.atom?lang=zh-CN", 200, "/sla?lang=zh-CN", 200,
            "/faq/implementation-maintenance?lang=zh-CN", 200, "/faq?lang=en", 200, "/?lang=zh-CN", 200,
            "/api/v1/documents/dynamics-365/versions", 200, "/api/v1/service-levels", 200,
            "/calculator?lang=zh-CN&serviceLevel=dynamics-365-sales-enterprise", 200, "/login?lang=en", 200,
            "/sla/service-bus/diff?from=1&to=9&lang=en", 404, "/sla/no-such-document", 404,
            "/api/v1/documents/no-such-document/versions", 404);
    private static final String PAGE_NEEDING_DATABASE = "/invitation/no-such-invitation-token?lang=en";
    private static final String SIGNED_IN_PAGE = "/admin?lang=en";
    private static final String API_KEPT = "/api/v1/documents/service-bus/versions";
    private static final String PUBLIC_PAGE_SIGNED_IN = "/sla/service-bus?lang=en";
    private static final String ADMIN_PASSWORD = "outage-admin-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    @Autowired
    private AccountStore accounts;

    @Autowired
    private PasswordEncoder passwords;

    private final AtomicBoolean killed = new AtomicBoolean();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Starts the private server before the application context and points the context at it. */
    static class OwnServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            PrivateMariaDb server = SERVER.updateAndGet(existing -> existing != null ? existing : new PrivateMariaDb());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("outage-it", Map.of(
                    "spring.datasource.url", server.jdbcUrl(),
                    "spring.datasource.username", PrivateMariaDb.USER,
                    "spring.datasource.password", PrivateMariaDb.PASSWORD)));
        }
    }

    @AfterAll
    void removeServer() {
        PrivateMariaDb server = SERVER.getAndSet(null);
        if (server != null) {
            server.close();
        }
    }

    @Test
    void outageIsAnsweredQuicklyAndTheRecoveryNeedsNoRestart() throws Exception {
        IN_MEMORY.forEach(page -> assertThat(get(page, "text/html").status()).as(page).isEqualTo(200));
        assertThat(get(API_KEPT, "application/json").status()).isEqualTo(200);
        assertThat(get(PAGE_NEEDING_DATABASE, "text/html").status()).isEqualTo(404);
        String session = signIn();
        assertThat(get(SIGNED_IN_PAGE, "text/html", session).status()).isEqualTo(200);

        Queue<Answer> duringOutage = new ConcurrentLinkedQueue<>();
        AtomicBoolean traffic = new AtomicBoolean(true);
        ExecutorService visitors = Executors.newFixedThreadPool(4);
        for (int visitor = 0; visitor < 4; visitor++) {
            visitors.submit(() -> {
                int view = 0;
                while (traffic.get()) {
                    String page = view % 3 == 2 ? PAGE_NEEDING_DATABASE : IN_MEMORY.get(view % IN_MEMORY.size());
                    Answer answer = get(page, "text/html");
                    if (killed.get()) {
                        duringOutage.add(answer);
                    }
                    view++;
                }
                return null;
            });
        }
        Thread.sleep(500);
        SERVER.get().kill();
        killed.set(true);
        Thread.sleep(4_000);

        List<Answer> firstViews = new ArrayList<>();
        NEVER_VIEWED.keySet().forEach(page -> firstViews.add(get(page, page.contains("api") || page.endsWith(".json")
                ? "application/json" : "text/html")));
        Answer calculation = calculate();
        Answer page = get(PAGE_NEEDING_DATABASE, "text/html");
        Answer signedIn = get(SIGNED_IN_PAGE, "text/html", session);
        Answer signingIn = signInAttempt();
        Answer kept = get(API_KEPT, "application/json");
        Answer keptSignedIn = get(API_KEPT, "application/json", session);
        Answer publicSignedIn = get(PUBLIC_PAGE_SIGNED_IN, "text/html", session);
        traffic.set(false);
        visitors.shutdown();
        assertThat(visitors.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        // every check is reported, those of the recovery included
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(duringOutage).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.elapsed()).as(answer.page()).isLessThan(SLOWEST_ALLOWED);
            if (answer.page().equals(PAGE_NEEDING_DATABASE)) {
                // an answer already under way when the server died may still have been made from its data
                assertThat(answer.status()).as(answer.page()).isIn(503, 404);
            } else {
                assertThat(answer.status()).as(answer.page()).isEqualTo(200);
            }
        });
        soft.assertThat(firstViews).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.page()).isEqualTo(NEVER_VIEWED.get(answer.page()));
            assertThat(answer.elapsed()).as(answer.page()).isLessThan(SLOWEST_ALLOWED);
        });
        soft.assertThat(firstViews.stream().filter(answer -> answer.page().endsWith("/no-such-document/versions")))
                .singleElement().satisfies(answer -> assertThat(answer.body()).contains("\"code\":"));
        soft.assertThat(calculation.status()).as(calculation.body()).isEqualTo(200);
        soft.assertThat(calculation.body()).contains("result-percent");
        for (Answer refused : List.of(page, signedIn, signingIn)) {
            soft.assertThat(refused.status()).as(refused.page()).isEqualTo(503);
            soft.assertThat(refused.body()).as(refused.page()).contains("<html lang=\"en\"").contains("temporarily unavailable");
            soft.assertThat(refused.elapsed()).as(refused.page()).isLessThan(FAIL_FAST);
        }
        soft.assertThat(kept.status()).isEqualTo(200);
        // a signed-in visitor's session is in the database: unreadable, the visitor gets the stored public answer
        for (Answer stored : List.of(keptSignedIn, publicSignedIn)) {
            soft.assertThat(stored.status()).as(stored.page() + " signed in").isEqualTo(200);
            soft.assertThat(stored.elapsed()).as(stored.page() + " signed in").isLessThan(SLOWEST_ALLOWED);
        }
        soft.assertThat(publicSignedIn.body()).contains("<html lang=\"en\"");

        SERVER.get().start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int recovered = 0;
        while (System.nanoTime() < deadline && (recovered = get(PAGE_NEEDING_DATABASE, "text/html").status()) != 404) {
            Thread.sleep(200);
        }
        soft.assertThat(recovered).as("the invitation page after the database came back").isEqualTo(404);
        soft.assertThat(get(SIGNED_IN_PAGE, "text/html", session).status()).as("the session made before").isEqualTo(200);
        soft.assertAll();
    }

    /** Signs in an administrator made for the test; returns the session cookie. */
    private String signIn() throws IOException, InterruptedException {
        String email = "outage-" + UUID.randomUUID() + "@example.test";
        accounts.createUser(new NewUserAccount(email, "Outage Test", passwords.encode(ADMIN_PASSWORD), Role.ADMIN,
                Optional.empty()), Instant.now());
        HttpResponse<String> signedIn = postForm("/login", "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + ADMIN_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return cookie(signedIn, "SESSION");
    }

    private Answer signInAttempt() {
        return timed("POST /login", () -> postForm("/login?lang=en", "email=someone%40example.test&password=wrong-password"));
    }

    /** A calculation on the calculator's form, posted as a browser does (with the CSRF token of the page). */
    private Answer calculate() {
        return timed("POST /calculator", () -> postForm("/calculator?lang=en",
                "serviceLevel=dynamics-365-sales-enterprise&month=2026-02&monthlyFee=2000&users=100"
                        + "&downtimeUserMinutes=50000&scheduledDowntimeMinutes=&scheduledDowntimeNoticeDays="
                        + "&incidentDate=2026-02-15"));
    }

    /** Posts a form with the CSRF token and cookie of a fresh view of the page. */
    private HttpResponse<String> postForm(String page, String form) throws IOException, InterruptedException {
        HttpResponse<String> shown = http.send(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html")
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(shown.body());
        assertThat(token.find()).as("CSRF token on " + page).isTrue();
        return http.send(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html").header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie(shown, "XSRF-TOKEN"))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + URLEncoder.encode(token.group(1),
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(name + "="))
                .map(value -> value.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
    }

    private URI uri(String page) {
        return URI.create("http://localhost:" + port + page);
    }

    private Answer get(String page, String accept) {
        return get(page, accept, null);
    }

    private Answer get(String page, String accept, String cookie) {
        return timed(page, () -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(page)).header("Accept", accept)
                    .header("Accept-Language", "en").timeout(Duration.ofSeconds(60)).GET();
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        });
    }

    private Answer timed(String page, Exchange exchange) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = exchange.send();
            return new Answer(page, response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return new Answer(page, -1, e.toString(), Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(page, -1, e.toString(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @FunctionalInterface
    private interface Exchange {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private static Map<String, Integer> orderedMap(Object... pagesAndStatuses) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pagesAndStatuses.length; i += 2) {
            map.put((String) pagesAndStatuses[i], (Integer) pagesAndStatuses[i + 1]);
        }
        return map;
    }

    private record Answer(String page, int status, String body, Duration elapsed) {

        /** What a failed check shows: not the whole body. */
        @Override
        public String toString() {
            return page + " " + status + " in " + elapsed.toMillis() + " ms";
        }
    }
}
