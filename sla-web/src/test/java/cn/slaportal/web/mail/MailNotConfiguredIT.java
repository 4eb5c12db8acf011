package cn.slaportal.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.notice.DeliveryStatus;
import cn.slaportal.persistence.notice.MailOutboxStore;
import cn.slaportal.persistence.notice.OutboxMail;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Without {@code spring.mail.host} (and not the demo profile) nothing is sent: deliveries stay PENDING. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailNotConfiguredIT {

    @Autowired
    private MailDelivery delivery;

    @Autowired
    private Outbox outbox;

    @Autowired
    private MailOutboxStore store;

    @Autowired
    private AccountStore accounts;

    @Test
    void withoutAMailServerDeliveriesStayPending() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long organisation = accounts.createOrganisation("No mail " + unique, Instant.now()).id();
        UserAccount user = accounts.createUser(new NewUserAccount("nomail-" + unique + "@customer.test", "Reader",
                "{noop}unused", Role.CUSTOMER, Optional.of(organisation)), Instant.now());
        OutboxMail queued = outbox.send(MailDelivery.NOTICE_TEMPLATE, "test-" + unique, user, Map.of("name", "Reader",
                "title", "SLA", "number", 1, "effective", "2026-01-01", "adverse", false, "summary", "Text",
                "versionUrl", "http://localhost/", "noticesUrl", "http://localhost/"), "SLA", 1, "2026-01-01");

        assertThat(delivery.configured()).isFalse();
        assertThat(delivery.deliverDue()).isEqualTo(DeliveryRound.NOTHING);
        OutboxMail waiting = store.mail(queued.id()).orElseThrow();
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.attempts()).isZero();
    }
}
