package cn.slaportal.persistence.account;

import static cn.slaportal.persistence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.billing.Money;
import cn.slaportal.persistence.Fixtures;
import cn.slaportal.persistence.PersistenceTestApplication;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.persistence.notice.Delivery;
import cn.slaportal.persistence.notice.DeliveryChannel;
import cn.slaportal.persistence.notice.DeliveryNotRetriableException;
import cn.slaportal.persistence.notice.DeliveryStatus;
import cn.slaportal.persistence.notice.MailOutboxStore;
import cn.slaportal.persistence.notice.NewOutboxMail;
import cn.slaportal.persistence.notice.OutboxMail;
import cn.slaportal.persistence.notice.NoticeStore;
import cn.slaportal.persistence.notice.PendingEmail;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.persistence.version.NewSlaVersion;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

/** Accounts, subscriptions, incidents and notices, run on H2 and on MariaDB. */
@SpringBootTest(classes = PersistenceTestApplication.class)
abstract class AccountAndNoticeContract {

    @Autowired
    AccountStore accounts;
    @Autowired
    SubscriptionStore subscriptions;
    @Autowired
    IncidentStore incidents;
    @Autowired
    SlaVersionStore versions;
    @Autowired
    NoticeStore notices;
    @Autowired
    MailOutboxStore outbox;
    @Autowired
    Fixtures fixtures;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anEmailCanBelongToOneAccountOnlyWhateverItsCase() {
        Organisation organisation = fixtures.organisation();
        UserAccount user = fixtures.customerOf(organisation);

        assertThat(accounts.userByEmail(user.email().toUpperCase())).map(UserAccount::id).contains(user.id());
        assertThatThrownBy(() -> accounts.createUser(new NewUserAccount(user.email().toUpperCase(), "Twin", "{noop}x",
                Role.CUSTOMER, Optional.of(organisation.id())), NOW)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aSignInIsNotedAndAnAdministratorsLockHoldsUntilLifted() {
        UserAccount user = fixtures.customerOf(fixtures.organisation());
        assertThat(user.lastLoginAt()).isEmpty();

        accounts.recordSuccessfulLogin(user.email().toUpperCase(), NOW);
        UserAccount signedIn = accounts.userByEmail(user.email()).orElseThrow();
        assertThat(signedIn.lastLoginAt()).contains(NOW);

        UserAccount locked = accounts.setLocked(signedIn.id(), signedIn.rowVersion(), true);
        assertThat(locked.locked()).isTrue();
        accounts.recordSuccessfulLogin(user.email(), NOW.plus(Duration.ofMinutes(16)));
        UserAccount stillLocked = accounts.userByEmail(user.email()).orElseThrow();
        assertThat(stillLocked.locked()).isTrue();
        assertThat(accounts.setLocked(stillLocked.id(), stillLocked.rowVersion(), false).locked()).isFalse();
    }

    @Test
    void aRenewalIsANewTermGovernedByTheVersionInForceWhenItBegins() {
        String document = Fixtures.unique("doc");
        versions.publish(new NewSlaVersion(document, 1, new LocalizedText("SLA", "协议"), new LocalizedText("v1", "第 1 版"),
                new LocalizedText("## 1. A", "## 1. 甲"), NOW, LocalDate.of(2026, 3, 10), false, "admin", VersionOrigin.ADMIN, Fixtures.RULES));
        versions.publish(new NewSlaVersion(document, 2, new LocalizedText("SLA", "协议"), new LocalizedText("v2", "第 2 版"),
                new LocalizedText("## 1. B", "## 1. 乙"), NOW, LocalDate.of(2026, 12, 1), true, "admin", VersionOrigin.ADMIN, Fixtures.RULES));
        Subscription first = fixtures.queuesSubscriptionOf(fixtures.organisation());
        Subscription renewal = subscriptions.renew(first.id(), LocalDate.of(2027, 12, 31), Money.cny("1100.00"), NOW);

        assertThat(renewal.termStart()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(renewal.renews()).contains(first.id());
        assertThat(subscriptions.renewalOf(first.id())).map(Subscription::id).contains(renewal.id());
        assertThat(versions.governing(document, LocalDate.of(2026, 3, 10)).orElseThrow().number()).isEqualTo(1);
        assertThat(versions.governing(document, renewal.termStart()).orElseThrow().number()).isEqualTo(2);
        assertThat(subscriptions.subscriptionOf(first.organisationId() + 100_000, first.id())).isEmpty();
    }

    @Test
    void anIncidentKeepsItsServiceLevelsAndBothDescriptions() {
        Incident incident = fixtures.queuesIncident();

        Incident stored = incidents.incident(incident.id()).orElseThrow();
        assertThat(stored.serviceLevels()).containsExactly(Fixtures.QUEUES);
        assertThat(stored.description()).isEqualTo(new LocalizedText("Queue operations failed.", "队列操作失败。"));
        assertThat(stored.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(stored.startedAt()).isEqualTo(java.time.Instant.parse("2026-03-01T01:00:00Z"));
        assertThat(jdbc.queryForObject("SELECT started_at FROM incident WHERE id = ?", java.time.LocalDateTime.class, incident.id()))
                .as("instants are stored as UTC wall time").isEqualTo(java.time.LocalDateTime.parse("2026-03-01T01:00:00"));
    }

    @Test
    void aNoticeIsCreatedOncePerOrganisationAndAFailedEmailStaysQueued() {
        String document = Fixtures.unique("doc");
        versions.publish(new NewSlaVersion(document, 1, new LocalizedText("SLA", "协议"), new LocalizedText("v1", "第 1 版"),
                new LocalizedText("## 1. A", "## 1. 甲"), NOW, LocalDate.of(2026, 3, 10), false, "admin", VersionOrigin.ADMIN, Fixtures.RULES));
        Organisation organisation = fixtures.organisation();
        String address = Fixtures.unique("notice") + "@example.cn";
        Map<Long, List<String>> recipients = Map.of(organisation.id(), List.of(address));

        assertThat(notices.createNotices(document, 1, recipients, NOW)).hasSize(1);
        assertThat(notices.createNotices(document, 1, recipients, NOW)).isEmpty();
        long noticeId = notices.noticesOf(organisation.id()).get(0).id();
        assertThat(notices.deliveries(noticeId)).extracting(Delivery::channel, Delivery::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DeliveryChannel.PORTAL, DeliveryStatus.SENT),
                org.assertj.core.groups.Tuple.tuple(DeliveryChannel.EMAIL, DeliveryStatus.PENDING));

        Delivery email = pending(address);
        notices.markFailed(email.id(), "Connection refused: smtp", NOW, Optional.of(NOW.plusSeconds(300)));
        assertThat(notices.dueEmails(NOW.plusSeconds(60), 1000)).noneMatch(p -> p.delivery().id() == email.id());
        Delivery retried = notices.dueEmails(NOW.plusSeconds(300), 1000).stream().map(PendingEmail::delivery)
                .filter(d -> d.id() == email.id()).findFirst().orElseThrow();
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.lastError()).contains("Connection refused: smtp");
        assertThat(notices.markSent(email.id(), NOW.plusSeconds(301)).status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(notices.noticeOf(organisation.id() + 100_000, noticeId)).isEmpty();
    }

    @Test
    void anOutboxMailAndANoticeEmailMoveThroughTheSameDeliveryStates() {
        long[] pair = noticeEmailAndOutboxMail();
        long notice = pair[0];
        long mail = pair[1];

        notices.markFailed(notice, "Connection refused: smtp", NOW, Optional.of(NOW.plusSeconds(60)));
        outbox.markFailed(mail, "Connection refused: smtp", NOW, Optional.of(NOW.plusSeconds(60)));
        Delivery sentNotice = notices.markSent(notice, NOW.plusSeconds(60));
        OutboxMail sentMail = outbox.markSent(mail, NOW.plusSeconds(60));

        assertThat(List.of(sentNotice.status(), sentMail.status())).containsOnly(DeliveryStatus.SENT);
        assertThat(List.of(sentNotice.attempts(), sentMail.attempts())).containsOnly(2);
        assertThat(List.of(sentNotice.lastError(), sentMail.lastError())).as("kept after the send")
                .containsOnly(Optional.of("Connection refused: smtp"));
        assertThat(List.of(sentNotice.deliveredAt(), sentMail.sentAt())).containsOnly(Optional.of(NOW.plusSeconds(60)));
        assertThat(List.of(sentNotice.nextAttemptAt(), sentMail.nextAttemptAt())).containsOnly(Optional.empty());
        assertThat(jdbc.queryForObject("SELECT delivered_at FROM notice_delivery WHERE id = ?", java.time.LocalDateTime.class, notice))
                .isEqualTo(java.time.LocalDateTime.parse("2026-03-10T02:01:00"));
        assertThatThrownBy(() -> notices.retry(notice, NOW.plusSeconds(120))).isInstanceOf(DeliveryNotRetriableException.class);
        assertThatThrownBy(() -> outbox.retry(mail, NOW.plusSeconds(120))).isInstanceOf(DeliveryNotRetriableException.class);
        assertThat(notices.deliveryById(notice).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(outbox.mail(mail).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aFailedOutboxMailAndNoticeEmailAreListedAndQueuedAgainByHand() {
        long[] pair = noticeEmailAndOutboxMail();
        long notice = pair[0];
        long mail = pair[1];

        notices.markFailed(notice, "554 mailbox unavailable", NOW, Optional.empty());
        outbox.markFailed(mail, "554 mailbox unavailable", NOW, Optional.empty());

        assertThat(notices.failedDeliveries()).extracting(Delivery::id).contains(notice);
        assertThat(outbox.failed()).extracting(OutboxMail::id).contains(mail);
        assertThat(notices.latestDeliveries(Optional.of(DeliveryStatus.FAILED), 1000)).extracting(Delivery::id).contains(notice);
        assertThat(outbox.latest(Optional.of(DeliveryStatus.FAILED), 1000)).extracting(OutboxMail::id).contains(mail);
        assertThat(outbox.latest(Optional.of(DeliveryStatus.SENT), 1000)).extracting(OutboxMail::id).doesNotContain(mail);

        Delivery queuedNotice = notices.retry(notice, NOW.plusSeconds(600));
        OutboxMail queuedMail = outbox.retry(mail, NOW.plusSeconds(600));

        assertThat(List.of(queuedNotice.status(), queuedMail.status())).containsOnly(DeliveryStatus.PENDING);
        assertThat(List.of(queuedNotice.nextAttemptAt(), queuedMail.nextAttemptAt())).containsOnly(Optional.of(NOW.plusSeconds(600)));
        assertThat(outbox.due(NOW.plusSeconds(600), 1000)).extracting(OutboxMail::id).contains(mail);
        assertThat(notices.dueEmails(NOW.plusSeconds(600), 1000)).extracting(p -> p.delivery().id()).contains(notice);
    }

    /** A pending notice e-mail delivery and a pending outbox mail to one new address: their ids. */
    private long[] noticeEmailAndOutboxMail() {
        String document = Fixtures.unique("doc");
        versions.publish(new NewSlaVersion(document, 1, new LocalizedText("SLA", "协议"), new LocalizedText("v1", "第 1 版"),
                new LocalizedText("## 1. A", "## 1. 甲"), NOW, LocalDate.of(2026, 3, 10), false, "admin", VersionOrigin.ADMIN, Fixtures.RULES));
        String address = Fixtures.unique("both") + "@example.cn";
        notices.createNotices(document, 1, Map.of(fixtures.organisation().id(), List.of(address)), NOW);
        long mail = outbox.enqueue(new NewOutboxMail("claim-acknowledgement", Fixtures.unique("CLM"), address, "en",
                "Claim received", "text", "<p>html</p>"), NOW).id();
        return new long[] {pending(address).id(), mail};
    }

    private Delivery pending(String address) {
        return notices.dueEmails(NOW, 1000).stream().map(PendingEmail::delivery)
                .filter(d -> d.recipient().equals(address)).findFirst().orElseThrow();
    }
}
