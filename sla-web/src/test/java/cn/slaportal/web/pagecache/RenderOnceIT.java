package cn.slaportal.web.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.Socket;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.collections.SynchronizedStack;
import org.apache.tomcat.util.net.NioEndpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.persistence.faq.FaqCategory;
import cn.slaportal.persistence.faq.FaqStore;
import cn.slaportal.persistence.generation.ContentGenerationStore;
import cn.slaportal.persistence.version.NewSlaVersion;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import cn.slaportal.web.MutableClock;
import cn.slaportal.web.PortalHttp;
import cn.slaportal.web.search.ContentChangedEvent;
import cn.slaportal.web.security.SecurityHeaders;

/**
 * The render-once pages over real HTTP, with every connection that a request thread takes from the pool counted
 * (no SQL statement runs without one) and a clock the tests move across midnight in Asia/Shanghai.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sla.test.context=render-once")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderOnceIT {

    private static final AtomicInteger REQUEST_CONNECTIONS = new AtomicInteger();
    /** Observations of HTTP exchanges started, by address (path and query). */
    private static final Map<String, Integer> REQUEST_OBSERVATIONS = new ConcurrentHashMap<>();
    private static final List<String> PAGES = List.of("/?lang=en", "/?lang=zh-CN", "/sla", "/sla/service-bus?lang=en",
            "/sla/service-bus/versions?lang=zh-CN", "/sla/service-bus/versions/1?lang=en", "/faq", "/faq/general?lang=en",
            "/sla/service-bus/versions/1/bilingual", "/sla/feed.atom",
            "/api/v1/documents/service-bus/versions", "/sla/service-bus/versions/1.json", "/search?q=downtime&lang=en",
            "/search?q=%E6%9C%8D%E5%8A%A1%E7%A7%AF%E5%88%86", "/calculator?lang=en");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    @Autowired
    private SlaVersionStore store;

    @Autowired
    private FaqStore faq;

    @Autowired
    private ContentGenerationStore generations;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private MutableClock clock;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private WebServerApplicationContext webServer;

    private PortalHttp http;

    @TestConfiguration
    static class CountingConfiguration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        ObservationHandler<ServerRequestObservationContext> countRequestObservations() {
            return new ObservationHandler<>() {
                @Override
                public void onStart(ServerRequestObservationContext context) {
                    REQUEST_OBSERVATIONS.merge(context.getCarrier().getRequestURI() + "?" + context.getCarrier().getQueryString(),
                            1, Integer::sum);
                }

                @Override
                public boolean supportsContext(Observation.Context context) {
                    return context instanceof ServerRequestObservationContext;
                }
            };
        }

        @Bean
        static BeanPostProcessor countRequestConnections() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource pool) {
                        return new DelegatingDataSource(pool) {
                            @Override
                            public Connection getConnection() throws SQLException {
                                if (Thread.currentThread().getName().contains("-exec-")) {
                                    REQUEST_CONNECTIONS.incrementAndGet();
                                }
                                return super.getConnection();
                            }
                        };
                    }
                    return bean;
                }
            };
        }
    }

    @BeforeAll
    void client() {
        http = new PortalHttp(port);
    }

    @Test
    void thousandViewsOfWarmPagesRunNoSql() {
        PAGES.forEach(page -> http.get(page, "Accept", "*/*"));
        REQUEST_CONNECTIONS.set(0);

        for (int view = 0; view < 1_000; view++) {
            String page = PAGES.get(view % PAGES.size());
            assertThat(http.get(page, "Accept", view % 2 == 0 ? "*/*" : "text/html,*/*;q=0.8").statusCode()).as(page)
                    .isEqualTo(200);
        }

        assertThat(REQUEST_CONNECTIONS.get()).isZero();
    }

    /**
     * After a publication every page is new (the content generation moved): the first views of every kind of public
     * page — version pages in both languages, history, diffs, bilingual views, JSON twins and their conditional GETs,
     * the feed, the API's lists, the FAQ, the unknown addresses — are rendered from the published content in memory.
     */
    @Test
    void firstViewsOfEveryKindOfPageAfterAPublicationRunNoSql() {
        for (int round = 0; round < 2; round++) {
            events.publishEvent(new ContentChangedEvent("render-once test: every page is new again"));
            List<String> pages = everyPublicPage();
            REQUEST_CONNECTIONS.set(0);

            for (String page : pages) {
                int expected = page.contains("no-such") || page.contains("999") ? 404 : 200;
                assertThat(http.get(page, "Accept", "text/html,*/*;q=0.8").statusCode()).as(page).isEqualTo(expected);
            }
            String twin = "/sla/service-bus/versions/1.json";
            String etag = http.get(twin, "Accept", "application/json").headers().firstValue("ETag").orElseThrow();
            assertThat(http.get(twin + "?round=" + round, "Accept", "application/json", "If-None-Match", etag).statusCode())
                    .isEqualTo(304);

            assertThat(REQUEST_CONNECTIONS.get()).as("connections opened by request threads, round " + round).isZero();
        }
    }

    /** Every public address of the published content, as the database has it now (read here, on the test thread). */
    private List<String> everyPublicPage() {
        List<String> pages = new ArrayList<>(List.of("/?lang=en", "/?lang=zh-CN", "/sla?lang=en", "/sla?lang=zh-CN",
                "/sla/feed.atom?lang=en", "/sla/feed.atom?lang=zh-CN", "/faq?lang=en", "/faq?lang=zh-CN",
                "/api/v1/service-levels", "/calculator?lang=zh-CN", "/sla/no-such-document", "/faq/no-such-category",
                "/sla/service-bus/versions/999", "/sla/service-bus/diff?from=1&to=999",
                "/api/v1/documents/no-such-document/versions", "/sla/service-bus/versions/1/pdf?lang=en"));
        for (String document : store.documentSlugs()) {
            int latest = store.nextNumber(document) - 1;
            for (String language : List.of("en", "zh-CN")) {
                pages.add("/sla/" + document + "?lang=" + language);
                pages.add("/sla/" + document + "/versions?lang=" + language);
                for (int number = 1; number <= latest; number++) {
                    pages.add("/sla/" + document + "/versions/" + number + "?lang=" + language);
                }
                if (latest > 1) {
                    pages.add("/sla/" + document + "/diff?from=1&to=" + latest + "&lang=" + language);
                }
            }
            for (int number = 1; number <= latest; number++) {
                pages.add("/sla/" + document + "/versions/" + number + "/bilingual");
                pages.add("/sla/" + document + "/versions/" + number + ".json");
            }
            pages.add("/api/v1/documents/" + document + "/versions");
        }
        for (FaqCategory category : faq.categories()) {
            pages.add("/faq/" + category.slug() + "?lang=en");
            pages.add("/faq/" + category.slug() + "?lang=zh-CN");
        }
        return pages;
    }

    @Test
    void warmPageAnswersGzipAndConditionalGetsFromMemory() throws IOException {
        String plain = http.get("/faq/general?lang=en").body();
        REQUEST_CONNECTIONS.set(0);

        HttpResponse<byte[]> zipped = http.getBytes("/faq/general?lang=en", "Accept-Encoding", "gzip");
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.get("/faq/general?lang=en", "If-None-Match", etag);

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(zipped.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(zipped.headers().firstValue("Cache-Control")).hasValue("no-cache");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(REQUEST_CONNECTIONS.get()).isZero();
    }

    @Test
    void storedPageAndItsMinimal304CarryEverySecurityHeader() {
        http.get("/sla/service-bus/versions?lang=en");
        HttpResponse<String> stored = http.get("/sla/service-bus/versions?lang=en");
        String etag = stored.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> notModified = http.get("/sla/service-bus/versions?lang=en", "If-None-Match", etag);
        HttpResponse<String> listed = http.get("/sla/service-bus/versions?lang=en", "If-None-Match", "\"other\", W/" + etag);
        HttpResponse<String> changed = http.get("/sla/service-bus/versions?lang=en", "If-None-Match", "\"other\"");

        for (HttpResponse<String> answer : List.of(stored, notModified)) {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(answer.headers().firstValue("Permissions-Policy")).isPresent();
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(answer.headers().allValues("Vary")).containsExactly("Accept-Language, Cookie, Accept-Encoding");
        }
        assertThat(stored.headers().firstValue("Last-Modified")).isPresent();
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
        assertThat(notModified.headers().map()).doesNotContainKeys("last-modified", "content-type", "content-language");
        assertThat(listed.statusCode()).isEqualTo(304);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).isEqualTo(stored.body());
    }

    /**
     * A stored page answered before Spring MVC, timed without an observation of its own, still counts in
     * {@code http.server.requests} under its route: the 200s in the very timer the observation of its rendered view
     * made, the 304s in one with the same tags but status and outcome, and nothing under another address — without
     * an observation started for any of those views.
     */
    @Test
    void storedPageViewsReachTheRequestMetricsOfTheirRoute() throws InterruptedException {
        String page = "/sla/service-bus/versions/1?lang=zh-CN";
        String route = "/sla/{document:[a-z0-9][a-z0-9-]{0,63}}/versions/{number:\\d{1,9}}";
        events.publishEvent(new ContentChangedEvent("metrics test: the page is rendered once more"));
        String etag = http.get(page).headers().firstValue("ETag").orElseThrow();
        Timer rendered = await(() -> meters.find("http.server.requests").tags("uri", route, "status", "200").timer());
        long renderedCount = settled(rendered::count);
        double renderedTime = rendered.totalTime(TimeUnit.NANOSECONDS);
        Timer before304 = meters.find("http.server.requests").tags("uri", route, "status", "304").timer();
        long notModifiedBefore = before304 == null ? 0 : before304.count();
        long unknownBefore = count("uri", "UNKNOWN");
        int observedBefore = REQUEST_OBSERVATIONS.getOrDefault(page, 0);

        for (int view = 0; view < 10; view++) {
            assertThat(http.get(page).statusCode()).isEqualTo(200);
        }
        for (int view = 0; view < 5; view++) {
            assertThat(http.get(page, "If-None-Match", etag).statusCode()).isEqualTo(304);
        }

        Timer notModified = await(() -> meters.find("http.server.requests").tags("uri", route, "status", "304").timer());
        assertThat(settled(rendered::count)).isEqualTo(renderedCount + 10);
        assertThat(settled(notModified::count)).isEqualTo(notModifiedBefore + 5);
        assertThat(rendered.totalTime(TimeUnit.NANOSECONDS)).isGreaterThan(renderedTime);
        assertThat(tags(rendered)).containsExactlyInAnyOrder("error=none", "exception=none", "method=GET",
                "outcome=SUCCESS", "status=200", "uri=" + route);
        assertThat(tags(notModified)).containsExactlyInAnyOrder("error=none", "exception=none", "method=GET",
                "outcome=REDIRECTION", "status=304", "uri=" + route);
        assertThat(count("uri", "UNKNOWN")).isEqualTo(unknownBefore);
        assertThat(observedBefore).as("the rendered view was observed").isPositive();
        assertThat(REQUEST_OBSERVATIONS.getOrDefault(page, 0)).as("observations of stored views").isEqualTo(observedBefore);
    }

    private long count(String key, String value) {
        return meters.find("http.server.requests").tags(key, value).timers().stream().mapToLong(Timer::count).sum();
    }

    private static Set<String> tags(Timer timer) {
        return timer.getId().getTags().stream().map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.toSet());
    }

    /** The timer once it exists: a request is recorded after its answer has gone out. */
    private static Timer await(Supplier<Timer> timer) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (timer.get() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(timer.get()).isNotNull();
        return timer.get();
    }

    /** A count once it stopped moving (the last requests are recorded just after their answers went out). */
    private static long settled(LongSupplier count) throws InterruptedException {
        long last = count.getAsLong();
        for (int quiet = 0; quiet < 5; ) {
            Thread.sleep(20);
            long now = count.getAsLong();
            quiet = now == last ? quiet + 1 : 0;
            last = now;
        }
        return last;
    }

    @Test
    void languageParameterStillSetsTheLanguageCookieOnAStoredPage() {
        http.get("/faq?lang=en");

        HttpResponse<String> stored = http.get("/faq?lang=en");

        assertThat(stored.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("sla_lang=en"));
        assertThat(stored.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
    }

    @Test
    void storedPageWithAFormGivesEveryVisitorTheirOwnWorkingToken() throws Exception {
        Visitor first = new Visitor();
        Visitor second = new Visitor();
        String firstToken = first.token("/calculator?lang=en");
        String secondToken = second.token("/calculator?lang=en");

        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(second.post("/calculator", "serviceLevel=service-bus-relays&_csrf=" + secondToken)).isNotEqualTo(403);
        assertThat(second.post("/calculator", "serviceLevel=service-bus-relays&_csrf=" + first.token("/calculator?lang=en")))
                .isEqualTo(403);
        assertThat(first.post("/calculator", "serviceLevel=service-bus-relays&_csrf=" + firstToken)).isNotEqualTo(403);
    }

    /**
     * A stored page is answered with exactly the headers of its rendered answer — the security headers included,
     * written by the chain's own header filter — whichever of the two stored-page filters answers it (a page with a
     * form after the CSRF filter, any other first in the chain); and so is its 304.
     */
    @Test
    void storedAnswersCarryTheHeadersOfTheRenderedOnes() {
        events.publishEvent(new ContentChangedEvent("render-once test: headers of rendered and stored answers"));
        for (String page : List.of("/sla/service-bus?lang=en", "/faq/general?lang=zh-CN", "/sla/feed.atom",
                "/api/v1/documents/service-bus/versions", "/search?q=downtime&lang=en", "/calculator?lang=en")) {
            HttpResponse<String> rendered = http.get(page, "Accept", "*/*");
            HttpResponse<String> stored = http.get(page, "Accept", "*/*");

            assertThat(comparableHeaders(stored)).as(page).isEqualTo(comparableHeaders(rendered));
            assertThat(stored.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
            assertThat(stored.headers().firstValue("Content-Security-Policy")).as(page)
                    .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            rendered.headers().firstValue("ETag").ifPresent(etag -> {
                HttpResponse<String> notModified = http.get(page, "Accept", "*/*", "If-None-Match", etag);
                assertThat(notModified.statusCode()).as(page).isEqualTo(304);
                assertThat(notModified.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
                assertThat(notModified.headers().firstValue("Permissions-Policy")).as(page)
                        .hasValue(SecurityHeaders.PERMISSIONS_POLICY);
            });
        }
    }

    /** The answer's headers without those that name the moment (Date) or carry a per-visitor token (Set-Cookie). */
    private static Map<String, List<String>> comparableHeaders(HttpResponse<String> answer) {
        return answer.headers().map().entrySet().stream()
                .filter(header -> !Set.of("date", "set-cookie").contains(header.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * A connection's buffers (40 KB with the portal's write buffer) go back to Tomcat's channel cache when it closes and
     * serve the next connection: on a heap of 2 GB or less Tomcat caches none by default, and under load (clients
     * reconnect every {@code max-keep-alive-requests}) the buffers of short-lived connections filled the old
     * generation ({@link ConnectorSettings}).
     */
    @Test
    void aClosedConnectionsBuffersServeTheNextConnection() throws Exception {
        for (int connection = 0; connection < 3; connection++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /sla/service-bus?lang=en HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(answer).startsWith("HTTP/1.1 200");
            }
        }
        SynchronizedStack<?> cached = channelCache();
        assertThat(cached).as("Tomcat's cache of closed connections' channels").isNotNull();
        // the poller releases a closed connection's channel into the cache shortly after the answer
        Object channel = null;
        for (Instant until = Instant.now().plusSeconds(2); channel == null && Instant.now().isBefore(until); ) {
            channel = cached.pop();
            if (channel == null) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
        assertThat(channel).as("a closed connection's channel, kept for the next connection").isNotNull();
        pushBack(cached, channel);
    }

    private SynchronizedStack<?> channelCache() throws ReflectiveOperationException {
        Connector connector = ((TomcatWebServer) webServer.getWebServer()).getTomcat().getConnector();
        Method endpoint = AbstractProtocol.class.getDeclaredMethod("getEndpoint");
        endpoint.setAccessible(true);
        NioEndpoint nio = (NioEndpoint) endpoint.invoke(connector.getProtocolHandler());
        Method channels = NioEndpoint.class.getDeclaredMethod("getNioChannels");
        channels.setAccessible(true);
        return (SynchronizedStack<?>) channels.invoke(nio);
    }

    @SuppressWarnings("unchecked")
    private static <T> void pushBack(SynchronizedStack<T> cache, Object channel) {
        cache.push((T) channel);
    }

    @Test
    void publicationHereIsServedAtOnce() {
        assertThat(http.get("/sla/dynamics-365/versions?lang=en").body()).doesNotContain("Version 9");
        int number = publish("dynamics-365", LocalDate.now(clock).minusDays(1), "Clarifies the contacts.");

        events.publishEvent(new ContentChangedEvent("render-once test"));

        assertThat(http.get("/sla/dynamics-365/versions?lang=en").body()).contains("Version " + number);
    }

    @Test
    void publicationByAnotherInstanceIsServedWithinTwoSeconds() throws InterruptedException {
        String before = http.get("/api/v1/documents/dynamics-365/versions", "Accept", "application/json").body();
        int number = publish("dynamics-365", LocalDate.now(clock).minusDays(1), "Published elsewhere.");

        generations.advance();

        assertThat(within(Duration.ofSeconds(2), "/api/v1/documents/dynamics-365/versions",
                body -> body.contains("\"number\":" + number))).isTrue();
        assertThat(before).doesNotContain("\"number\":" + number);
    }

    @Test
    void scheduledVersionComesIntoForceAtMidnightInShanghai() {
        LocalDate today = LocalDate.now(clock);
        int number = publish("service-bus", today.plusDays(1), "Takes effect tomorrow.");
        events.publishEvent(new ContentChangedEvent("render-once test"));
        assertThat(http.get("/sla/service-bus?lang=en").body()).contains("A revised version takes effect soon");

        moveTo(today.plusDays(1).atStartOfDay(SlaTime.ZONE).toInstant().minusSeconds(1));
        assertThat(http.get("/sla/service-bus?lang=en").body()).contains("A revised version takes effect soon");
        moveTo(today.plusDays(1).atStartOfDay(SlaTime.ZONE).toInstant());
        String afterMidnight = http.get("/sla/service-bus?lang=en").body();

        assertThat(afterMidnight).doesNotContain("A revised version takes effect soon").contains("<dd>" + number + "</dd>");
        moveTo(Instant.now());
    }

    private void moveTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
    }

    private boolean within(Duration limit, String page, Predicate<String> shows) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (shows.test(http.get(page, "Accept", "application/json").body())) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** A browser: keeps its own cookies. */
    private final class Visitor {

        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        String token(String page) throws IOException, InterruptedException {
            Matcher field = CSRF.matcher(browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(field.find()).isTrue();
            return field.group(1);
        }

        int post(String page, String form) throws IOException, InterruptedException {
            return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    private int publish(String document, LocalDate effective, String summary) {
        SlaVersionRecord latest = store.version(document, store.nextNumber(document) - 1).orElseThrow();
        int number = store.nextNumber(document);
        store.publish(new NewSlaVersion(document, number, latest.summary().title(), new LocalizedText(summary, "测试。"),
                latest.body(), Instant.now(), effective, false, "render-once-it", VersionOrigin.ADMIN,
                store.rules(document, latest.number()).orElseThrow()));
        return number;
    }
}
