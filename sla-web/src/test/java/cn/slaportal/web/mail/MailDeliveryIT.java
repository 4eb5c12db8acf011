package cn.slaportal.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.SlaTime;
import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.claim.ClaimStatement;
import cn.slaportal.core.uptime.ResourceMinutes;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.i18n.format.PortalFormats;
import cn.slaportal.i18n.locale.SupportedLanguage;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.persistence.subscription.NewSubscription;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import cn.slaportal.web.admin.AdminSession;
import cn.slaportal.web.claim.ClaimCommand;
import cn.slaportal.web.claim.ClaimSubmissionService;
import cn.slaportal.web.claim.IncidentRef;
import cn.slaportal.web.version.NewVersion;
import cn.slaportal.web.version.VersionPublicationService;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.notice.Delivery;
import cn.slaportal.persistence.notice.DeliveryChannel;
import cn.slaportal.persistence.notice.DeliveryStatus;
import cn.slaportal.persistence.notice.MailOutboxStore;
import cn.slaportal.persistence.notice.Notice;
import cn.slaportal.persistence.notice.NoticeStore;
import cn.slaportal.persistence.notice.OutboxMail;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The e-mail loop against a real SMTP server (GreenMail): outbox mails and notice e-mails are sent in the
 * recipient's language as text plus HTML; while SMTP is down they wait with the error recorded and go out, once,
 * when it is back; the last failed attempt gives up; another instance's lock keeps this one from sending. The
 * administrator's side of an outage: a published notice's e-mails and a claim mail wait in the ledger with their
 * attempts, error and next attempt, follow the back-off, and reach each recipient once when SMTP is back; a given-up
 * one is queued again by hand, a sent one never.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.host=127.0.0.1", "spring.mail.port=" + MailDeliveryIT.SMTP_PORT,
        "sla.mail.delivery-initial-delay=PT1H", "sla.mail.delivery-interval=PT1H",
        "sla.mail.from=SLA Portal <no-reply@slaportal.test>"})
class MailDeliveryIT {

    static final int SMTP_PORT = 18121;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @TestConfiguration(proxyBeanMethods = false)
    static class MovedClock {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(SlaTime.ZONE);
        }
    }

    @Autowired
    private SettableClock clock;

    @Autowired
    private Outbox outbox;

    @Autowired
    private MailOutboxStore store;

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private MailDeliveryJob job;

    @Autowired
    private AccountStore accounts;

    @Autowired
    private NoticeStore notices;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SubscriptionStore subscriptions;

    @Autowired
    private IncidentStore incidents;

    @Autowired
    private SlaVersionStore versions;

    @Autowired
    private VersionPublicationService publication;

    @Autowired
    private ClaimSubmissionService claims;

    @Autowired
    private PasswordEncoder passwords;

    @LocalServerPort
    private int port;

    @BeforeEach
    void nothingDueFromEarlierTests() {
        clock.advance(Duration.ofDays(1));
        delivery.deliverDue();
        SMTP.reset();
    }

    @Test
    void anOutboxMailIsSentOnceAsTextAndHtmlInTheRecipientsLanguage() throws Exception {
        UserAccount english = user(Optional.of("en"));
        OutboxMail queued = outbox.send(MailDelivery.NOTICE_TEMPLATE, "test-" + UUID.randomUUID(), english, noticeVariables(),
                "SLA for Service Bus", 2, "2027-03-31");

        DeliveryRound round = delivery.deliverDue();

        assertThat(round.sent()).isEqualTo(1);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(english.email());
        assertThat(received[0].getSubject()).isEqualTo("SLA change notice: SLA for Service Bus, version 2, takes effect 2027-03-31");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("text/plain").contains("text/html").contains("Hello Reader,");
        OutboxMail sent = store.mail(queued.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).contains(clock.instant());

        assertThat(delivery.deliverDue().sent()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aRecipientWithoutAChosenLanguageGetsChinese() throws Exception {
        UserAccount chinese = user(Optional.empty());
        outbox.send(MailDelivery.NOTICE_TEMPLATE, "test-" + UUID.randomUUID(), chinese, noticeVariables(), "服务总线 SLA", 2, "2027年3月31日");

        delivery.deliverDue();

        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("SLA 变更通知：服务总线 SLA，版本 2，将于 2027年3月31日 生效");
        assertThat(message.getContent().toString()).isNotBlank();
    }

    @Test
    void whileSmtpIsDownMailsWaitAndGoOutOnceWhenItIsBack() throws Exception {
        UserAccount reader = user(Optional.of("en"));
        SMTP.stop();
        OutboxMail queued = outbox.send(MailDelivery.NOTICE_TEMPLATE, "test-" + UUID.randomUUID(), reader, noticeVariables(),
                "SLA for Service Bus", 2, "2027-03-31");

        DeliveryRound down = delivery.deliverDue();

        assertThat(down.failed()).isEqualTo(1);
        OutboxMail waiting = store.mail(queued.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).hasValueSatisfying(error -> assertThat(error).isNotBlank());
        assertThat(waiting.nextAttemptAt()).contains(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(delivery.deliverDue()).as("not due again before its next attempt").isEqualTo(DeliveryRound.NOTHING);

        SMTP.start();
        clock.advance(Duration.ofMinutes(2));
        DeliveryRound back = delivery.deliverDue();
        delivery.deliverDue();

        assertThat(back.sent()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        OutboxMail sent = store.mail(queued.id()).orElseThrow();
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
    }

    @Test
    void aMailIsGivenUpAfterItsLastAttempt() {
        UserAccount reader = user(Optional.of("en"));
        SMTP.stop();
        OutboxMail queued = outbox.send(MailDelivery.NOTICE_TEMPLATE, "test-" + UUID.randomUUID(), reader, noticeVariables(),
                "SLA for Service Bus", 2, "2027-03-31");

        for (int attempt = 1; attempt <= 6; attempt++) {
            delivery.deliverDue();
            clock.advance(Duration.ofHours(5));
        }
        SMTP.start();
        delivery.deliverDue();

        OutboxMail given = store.mail(queued.id()).orElseThrow();
        assertThat(given.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(given.attempts()).isEqualTo(6);
        assertThat(given.nextAttemptAt()).isEmpty();
        assertThat(store.failed()).extracting(OutboxMail::id).contains(queued.id());
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aNoticeEmailIsSentInTheRecipientsLanguageAndMarkedSent() throws Exception {
        UserAccount english = user(Optional.of("en"));
        UserAccount chinese = user(Optional.empty());
        List<Notice> created = notices.createNotices("service-bus", 1, Map.of(english.organisationId().orElseThrow(),
                List.of(english.email(), chinese.email())), clock.instant());

        delivery.deliverDue();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(Arrays.stream(received).map(this::subject))
                .anySatisfy(subject -> assertThat(subject).startsWith("SLA change notice: ").contains("version 1"))
                .anySatisfy(subject -> assertThat(subject).startsWith("SLA 变更通知：").contains("版本 1"));
        List<Delivery> deliveries = notices.deliveries(created.get(0).id());
        assertThat(deliveries).filteredOn(d -> d.channel() == DeliveryChannel.EMAIL).hasSize(2)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.SENT));
    }

    @Test
    void whileAnotherInstanceHoldsTheLockThisOneSendsNothing() {
        UserAccount reader = user(Optional.of("en"));
        OutboxMail queued = outbox.send(MailDelivery.NOTICE_TEMPLATE, "test-" + UUID.randomUUID(), reader, noticeVariables(),
                "SLA for Service Bus", 2, "2027-03-31");
        Timestamp farAway = Timestamp.from(Instant.parse("2999-01-01T00:00:00Z"));
        jdbc.update("DELETE FROM shedlock WHERE name = ?", MailDeliveryJob.LOCK);
        jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, ?)",
                MailDeliveryJob.LOCK, farAway, Timestamp.from(Instant.now()), "another-instance");
        try {
            job.run();

            assertThat(store.mail(queued.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(SMTP.getReceivedMessages()).isEmpty();
        } finally {
            jdbc.update("UPDATE shedlock SET lock_until = ? WHERE name = ?",
                    Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")), MailDeliveryJob.LOCK);
        }

        job.run();

        assertThat(store.mail(queued.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void whileSmtpIsDownANoticeAndAClaimMailWaitInTheLedgerFollowTheBackOffAndReachEachRecipientOnce() throws Exception {
        SMTP.stop();
        UserAccount english = user(Optional.of("en"));
        UserAccount chinese = colleagueOf(english);
        LocalDate today = LocalDate.ofInstant(clock.instant(), SlaTime.ZONE);
        Subscription term = subscriptions.create(new NewSubscription(english.organisationId().orElseThrow(),
                new ServiceLevelSlug("service-bus-relays"), today.minusMonths(2), today.plusMonths(10), BillingDay.CALENDAR,
                Money.cny("1000.00"), Optional.empty(), Optional.empty()), Instant.now());
        SlaVersionRecord published = publishServiceBus(today.plusDays(10));
        Claim claim = claims.submit(relayClaim(english, term)).claim().orElseThrow();
        List<Long> noticeEmails = notices.noticesFor("service-bus", published.number()).stream()
                .filter(notice -> notice.organisationId() == english.organisationId().orElseThrow())
                .flatMap(notice -> notices.deliveries(notice.id()).stream())
                .filter(d -> d.channel() == DeliveryChannel.EMAIL).map(Delivery::id).toList();
        long claimMail = store.about("claim-acknowledgement", claim.reference()).get(0).id();
        assertThat(noticeEmails).hasSize(2);
        AdminSession admin = admin();

        List<Duration> backOff = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15));
        for (int attempt = 1; attempt <= backOff.size(); attempt++) {
            delivery.deliverDue();
            Instant next = clock.instant().plus(backOff.get(attempt - 1));
            for (long id : noticeEmails) {
                Delivery waiting = notices.deliveryById(id).orElseThrow();
                assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
                assertThat(waiting.attempts()).isEqualTo(attempt);
                assertThat(waiting.lastError()).hasValueSatisfying(error -> assertThat(error).contains("Connect"));
                assertThat(waiting.nextAttemptAt()).contains(next);
            }
            OutboxMail waiting = store.mail(claimMail).orElseThrow();
            assertThat(List.of(waiting.status(), waiting.attempts(), waiting.nextAttemptAt()))
                    .containsExactly(DeliveryStatus.PENDING, attempt, Optional.of(next));
            if (attempt == 2) {
                String ledger = admin.get("/admin/deliveries?status=PENDING&lang=en").body();
                String nextShown = PortalFormats.of(SupportedLanguage.EN).dateTime(next);
                assertThat(rowsAbout(ledger, chinese.email())).singleElement().satisfies(row -> assertThat(row)
                        .contains("Pending", "<td>2</td>", "Connect", nextShown, "service-bus v" + published.number()));
                assertThat(rowsAbout(ledger, english.email())).hasSize(2).allSatisfy(row -> assertThat(row)
                        .contains("Pending", "<td>2</td>", "Connect", nextShown))
                        .anySatisfy(row -> assertThat(row).contains("claim-acknowledgement " + claim.reference()));
                assertThat(rowsAbout(admin.get("/admin/deliveries?status=PENDING&lang=zh-CN").body(), chinese.email()))
                        .singleElement().satisfies(row -> assertThat(row).contains("待发送", "<td>2</td>"));
            }
            clock.advance(backOff.get(attempt - 1).minusSeconds(1));
            delivery.deliverDue();
            assertThat(store.mail(claimMail).orElseThrow().attempts()).as("not tried before its next attempt").isEqualTo(attempt);
            assertThat(notices.deliveryById(noticeEmails.get(0)).orElseThrow().attempts()).isEqualTo(attempt);
            clock.advance(Duration.ofSeconds(1));
        }

        SMTP.start();
        delivery.deliverDue();
        clock.advance(Duration.ofHours(5));
        delivery.deliverDue();
        delivery.deliverDue();

        Map<String, List<String>> received = subjectsByRecipient();
        assertThat(received.get(english.email())).hasSize(2)
                .anySatisfy(subject -> assertThat(subject).startsWith("SLA change notice: "))
                .anySatisfy(subject -> assertThat(subject).isEqualTo("Your claim " + claim.reference() + " is received"));
        assertThat(received.get(chinese.email())).singleElement()
                .satisfies(subject -> assertThat(subject).startsWith("SLA 变更通知："));
        for (long id : noticeEmails) {
            assertThat(notices.deliveryById(id).orElseThrow()).satisfies(sent -> {
                assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
                assertThat(sent.attempts()).isEqualTo(4);
            });
        }
        assertThat(store.mail(claimMail).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(rowsAbout(admin.get("/admin/deliveries?status=SENT&lang=en").body(), chinese.email()))
                .filteredOn(row -> row.contains("<td>E-mail</td>")).singleElement()
                .satisfies(row -> assertThat(row).contains("Sent", "<td>4</td>", "Connect").doesNotContain("retry-"));
    }

    @Test
    void aGivenUpMailIsQueuedAgainByHandAndSentOnceButASentOneIsNeverRetried() throws Exception {
        UserAccount reader = user(Optional.of("en"));
        SMTP.stop();
        OutboxMail given = outbox.send(MailDelivery.NOTICE_TEMPLATE, "test-" + UUID.randomUUID(), reader, noticeVariables(),
                "SLA for Service Bus", 2, "2027-03-31");
        for (int attempt = 1; attempt <= 6; attempt++) {
            delivery.deliverDue();
            clock.advance(Duration.ofHours(5));
        }
        SMTP.start();
        assertThat(store.mail(given.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.FAILED);
        AdminSession admin = admin();
        assertThat(rowsAbout(admin.get("/admin/deliveries?status=FAILED&lang=en").body(), reader.email())).singleElement()
                .satisfies(row -> assertThat(row).contains("Failed", "<td>6</td>", "retry-mail-" + given.id()));

        HttpResponse<String> retried = admin.post("/admin/deliveries", "/admin/deliveries/mail/" + given.id() + "/retry", Map.of());
        delivery.deliverDue();
        HttpResponse<String> again = admin.post("/admin/deliveries?lang=zh-CN",
                "/admin/deliveries/mail/" + given.id() + "/retry?lang=zh-CN", Map.of());
        clock.advance(Duration.ofHours(5));
        delivery.deliverDue();

        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("只有失败的投递才能重试");
        assertThat(store.mail(given.id()).orElseThrow()).satisfies(sent -> {
            assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(sent.attempts()).isEqualTo(7);
        });
        assertThat(subjectsByRecipient().get(reader.email())).hasSize(1);
    }

    private SlaVersionRecord publishServiceBus(LocalDate effective) {
        SlaVersionRecord latest = versions.version("service-bus", versions.nextNumber("service-bus") - 1).orElseThrow();
        return publication.publish(new NewVersion("service-bus", latest.summary().title(),
                new LocalizedText("Published while SMTP is down.", "邮件服务器停机时发布。"), latest.body(),
                versions.rules("service-bus", latest.number()).orElseThrow(), effective, false, "mail-it@example.test",
                VersionOrigin.ADMIN));
    }

    private ClaimCommand relayClaim(UserAccount claimant, Subscription term) {
        Incident incident = incidents.create(new NewIncident("MAIL-" + UUID.randomUUID().toString().substring(0, 8),
                Set.of(new ServiceLevelSlug("service-bus-relays")), clock.instant().minus(Duration.ofDays(3)),
                clock.instant().minus(Duration.ofDays(3)).plus(Duration.ofMinutes(41)),
                new LocalizedText("Relays failed.", "中继失败。"), false, Optional.empty(), "ops@example.test"), clock.instant());
        return new ClaimCommand(claimant.organisationId().orElseThrow(), claimant.id(), claimant.email(), term.id(),
                IncidentRef.recorded(incident.trackingId()), "service-bus-relays",
                new UptimeInput.DeploymentMinutes(List.of(new ResourceMinutes("relay-1", 40_320, 41))),
                new ClaimStatement("Relay connections failed.", Optional.of("relay-1"), Optional.empty(), Optional.empty(),
                        "Restarted the clients."));
    }

    /** The subjects GreenMail received, by recipient address. */
    private static Map<String, List<String>> subjectsByRecipient() throws Exception {
        Map<String, List<String>> subjects = new HashMap<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            for (jakarta.mail.Address to : message.getAllRecipients()) {
                subjects.computeIfAbsent(to.toString(), address -> new java.util.ArrayList<>()).add(message.getSubject());
            }
        }
        return subjects;
    }

    /** The ledger's table rows that name the recipient. */
    private static List<String> rowsAbout(String ledger, String recipient) {
        List<String> rows = new java.util.ArrayList<>();
        Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(ledger);
        while (row.find()) {
            if (row.group(1).contains(">" + recipient + "<")) {
                rows.add(row.group(1));
            }
        }
        return rows;
    }

    private AdminSession admin() throws Exception {
        return AdminSession.newAdministrator(port, accounts, passwords);
    }

    private UserAccount colleagueOf(UserAccount user) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return accounts.createUser(new NewUserAccount("colleague-" + unique + "@customer.test", "Colleague",
                "{noop}unused", Role.CUSTOMER, user.organisationId()), Instant.now());
    }

    private String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private UserAccount user(Optional<String> language) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long organisation = accounts.createOrganisation("Mail test " + unique, Instant.now()).id();
        UserAccount user = accounts.createUser(new NewUserAccount("reader-" + unique + "@customer.test", "Reader",
                "{noop}unused", Role.CUSTOMER, Optional.of(organisation)), Instant.now());
        language.ifPresent(tag -> accounts.setPreferredLanguage(user.id(), tag));
        return accounts.user(user.id()).orElseThrow();
    }

    private static Map<String, Object> noticeVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", "Reader");
        variables.put("title", "SLA for Service Bus");
        variables.put("number", 2);
        variables.put("effective", "2027-03-31");
        variables.put("adverse", true);
        variables.put("summary", "Shortens the claim period.");
        variables.put("versionUrl", "http://localhost/sla/service-bus/versions/2");
        variables.put("diffUrl", "http://localhost/sla/service-bus/diff?from=1&to=2");
        variables.put("noticesUrl", "http://localhost/account/notices");
        return variables;
    }
}
