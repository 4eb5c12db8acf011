package cn.slaportal.web.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The portal on a MariaDB server of its own that is killed under traffic and started again. While it is away,
 * pages whose bytes are in memory, search and the calculator answer 200, everything that needs the database
 * answers its localised 503 (the API with its JSON error body), nothing takes 3 s or answers 500; when it is
 * back, the portal recovers by itself.
 */
@EnabledIfSystemProperty(named = "sla.it.mysql", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sla.test.context=outage")
@ActiveProfiles({"mysql", "mariadb"})
@ContextConfiguration(initializers = DatabaseOutageIT.OwnServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    private static final AtomicReference<PrivateMariaDb> SERVER = new AtomicReference<>();
    private static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(3);
    private static final List<String> IN_MEMORY = List.of("/?lang=en", "/sla/service-bus?lang=en", "/faq/general",
            "/sla/service-bus/versions", "/search?q=downtime&lang=en", "/search?q=" + "%E6%9C%8D%E5%8A%A1", "/calculator");
    private static final String PAGE_NEEDING_DATABASE = "/sla/service-bus/diff?from=1&to=9&lang=en";
    private static final String API_NEEDING_DATABASE = "/api/v1/documents/no-such-document/versions";
    private static final String API_KEPT = "/api/v1/documents/service-bus/versions";

    @LocalServerPort
    private int port;

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
        Thread.sleep(6_000);

        Answer page = get(PAGE_NEEDING_DATABASE, "text/html");
        Answer api = get(API_NEEDING_DATABASE, "application/json");
        Answer kept = get(API_KEPT, "application/json");
        traffic.set(false);
        visitors.shutdown();
        assertThat(visitors.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(duringOutage).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.elapsed()).as(answer.page()).isLessThan(SLOWEST_ALLOWED);
            if (answer.page().equals(PAGE_NEEDING_DATABASE)) {
                // an answer already under way when the server died may still have been made from its data
                assertThat(answer.status()).as(answer.page()).isIn(503, 404);
            } else {
                assertThat(answer.status()).as(answer.page()).isEqualTo(200);
            }
        });
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("<html lang=\"en\"").contains("temporarily unavailable");
        assertThat(page.elapsed()).isLessThan(Duration.ofMillis(500));
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.body()).contains("\"code\":\"api.error.unavailable\"");
        assertThat(api.elapsed()).isLessThan(Duration.ofMillis(500));
        assertThat(kept.status()).isEqualTo(200);

        SERVER.get().start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int recovered = 0;
        while (System.nanoTime() < deadline && (recovered = get(PAGE_NEEDING_DATABASE, "text/html").status()) != 404) {
            Thread.sleep(200);
        }
        assertThat(recovered).as("the diff page after the database came back").isEqualTo(404);
        assertThat(get(API_NEEDING_DATABASE, "application/json").status()).isEqualTo(404);
    }

    private Answer get(String page, String accept) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                    .header("Accept", accept).header("Accept-Language", "en").timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(page, response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return new Answer(page, -1, e.toString(), Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(page, -1, e.toString(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private record Answer(String page, int status, String body, Duration elapsed) {
    }
}
