package cn.slaportal.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.SlaTime;
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
 * when it is back; the last failed attempt gives up; another instance's lock keeps this one from sending.
 */
@SpringBootTest(properties = {
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
