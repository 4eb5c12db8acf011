package cn.slaportal.web.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.notice.DeliveryStatus;
import cn.slaportal.persistence.notice.MailOutboxStore;
import cn.slaportal.persistence.notice.NewOutboxMail;
import cn.slaportal.persistence.version.NewSlaVersion;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import cn.slaportal.web.SlaPortalApplication;
import cn.slaportal.web.search.ContentChangedEvent;

/**
 * Two instances of the portal on one MariaDB database (127.0.0.1:3306, a throwaway {@code sla_it_*} database): a
 * version published on instance A is served by instance B within 2 seconds, a session made on A is valid on B, and
 * with both instances running the delivery job every second against one SMTP server (GreenMail), each e-mail
 * arrives exactly once.
 */
@EnabledIfSystemProperty(named = "sla.it.mysql", matches = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final String OPTIONS = "?connectionTimeZone=UTC&characterEncoding=UTF-8";
    private static final String USER = Optional.ofNullable(System.getenv("SLA_IT_DB_USER")).orElse("root");
    private static final String PASSWORD = Optional.ofNullable(System.getenv("SLA_IT_DB_PASSWORD")).orElse("");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String database = "sla_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private Path dataDir;
    private GreenMail smtp;

    @BeforeAll
    void startTwoInstances() throws Exception {
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        dataDir = Files.createTempDirectory("sla-two-instances");
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        first = instance();
        second = instance();
    }

    @AfterAll
    void stopThem() throws Exception {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
        execute("DROP DATABASE IF EXISTS " + database);
        if (smtp != null) {
            smtp.stop();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void versionPublishedOnOneInstanceIsServedByTheOtherWithinTwoSeconds() throws Exception {
        String before = get(second, "/sla/dynamics-365/versions?lang=en", null).body();
        SlaVersionStore store = first.getBean(SlaVersionStore.class);
        int number = store.nextNumber("dynamics-365");
        SlaVersionRecord latest = store.version("dynamics-365", number - 1).orElseThrow();

        store.publish(new NewSlaVersion("dynamics-365", number, latest.summary().title(),
                new LocalizedText("Published on instance A.", "在实例 A 上发布。"), latest.body(), Instant.now(),
                latest.summary().effectiveFrom().plusDays(1), false, "two-instances-it", VersionOrigin.ADMIN,
                store.rules("dynamics-365", latest.number()).orElseThrow()));
        first.publishEvent(new ContentChangedEvent("published on instance A"));
        long published = System.nanoTime();

        boolean seen = false;
        while (!seen && System.nanoTime() - published < Duration.ofSeconds(2).toNanos()) {
            seen = get(second, "/sla/dynamics-365/versions?lang=en", null).body().contains("Published on instance A.");
            Thread.sleep(50);
        }
        assertThat(before).doesNotContain("Published on instance A.");
        assertThat(seen).as("instance B shows the version within 2 s").isTrue();
        // pages of the new version nobody has opened yet come from B's own timeline, loaded when it saw the change
        assertThat(get(second, "/sla/dynamics-365/versions/" + number + "?lang=zh-CN", null).body()).contains("在实例 A 上发布。");
        assertThat(http.send(HttpRequest.newBuilder(uri(second, "/sla/dynamics-365/versions/" + number + ".json"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("\"number\":" + number).contains("Published on instance A.");
    }

    @Test
    void sessionMadeOnOneInstanceIsValidOnTheOther() throws Exception {
        String email = "two-instances-" + UUID.randomUUID() + "@example.com";
        first.getBean(AccountStore.class).createUser(new NewUserAccount(email, "Two Instances",
                first.getBean(PasswordEncoder.class).encode("two-instances-2026"), Role.ADMIN, Optional.empty()),
                Instant.now());
        HttpResponse<String> login = get(first, "/login", null);
        String csrfCookie = cookie(login, "XSRF-TOKEN");
        Matcher token = CSRF.matcher(login.body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri(first, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", csrfCookie)
                .POST(HttpRequest.BodyPublishers.ofString("email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                        + "&password=two-instances-2026&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        String session = cookie(signedIn, "SESSION");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(get(second, "/?lang=en", session).body()).contains("action=\"/logout\"").doesNotContain("href=\"/login\"");
        assertThat(get(second, "/?lang=en", null).body()).contains("href=\"/login\"");
    }

    @Test
    void bothInstancesRunTheDeliveryJobAndEachEmailArrivesOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int count = 40;
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String recipient = "once-" + run + "-" + i + "@customer.test";
            recipients.add(recipient);
            (i % 2 == 0 ? first : second).getBean(MailOutboxStore.class).enqueue(new NewOutboxMail("two-instances",
                    run + "-" + i, recipient, "en", "Once " + run + " " + i, "text", "<p>html</p>"), Instant.now());
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        MailOutboxStore store = second.getBean(MailOutboxStore.class);
        while (System.nanoTime() < deadline && store.latest(Optional.of(DeliveryStatus.PENDING), 1000).stream()
                .anyMatch(mail -> mail.topic().equals("two-instances") && mail.topicRef().startsWith(run))) {
            Thread.sleep(200);
        }
        Thread.sleep(3000);

        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages()).flatMap(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).map(Object::toString);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).filter(recipients::contains).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).as("messages per recipient").hasSize(count).allSatisfy((recipient, messages) ->
                assertThat(messages).as(recipient).isEqualTo(1L));
        assertThat(store.latest(Optional.empty(), 1000)).filteredOn(mail -> mail.topic().equals("two-instances")
                && mail.topicRef().startsWith(run)).hasSize(count).allSatisfy(mail -> {
                    assertThat(mail.status()).isEqualTo(DeliveryStatus.SENT);
                    assertThat(mail.attempts()).isEqualTo(1);
                });
    }

    private ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(SlaPortalApplication.class).profiles("mysql", "mariadb")
                .run("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + SERVER + database + OPTIONS,
                        "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
                        "--sla.data-dir=" + dataDir, "--spring.jmx.enabled=false",
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--sla.mail.delivery-interval=PT1S", "--sla.mail.delivery-initial-delay=PT1S",
                        "--sla.mail.batch-size=5");
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String page, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, page)).header("Accept", "text/html").GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext instance, String page) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + page);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(name + "="))
                .map(value -> value.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers().map()));
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + OPTIONS, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
