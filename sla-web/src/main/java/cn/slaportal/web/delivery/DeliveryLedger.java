package cn.slaportal.web.delivery;

import cn.slaportal.persistence.notice.Delivery;
import cn.slaportal.persistence.notice.DeliveryNotRetriableException;
import cn.slaportal.persistence.notice.DeliveryStatus;
import cn.slaportal.persistence.notice.MailOutboxStore;
import cn.slaportal.persistence.notice.NoticeStore;
import cn.slaportal.persistence.notice.OutboxMail;
import cn.slaportal.web.admin.ConcurrentChangeException;
import cn.slaportal.web.audit.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the deliveries for the ledger and retries a FAILED one by hand, with its audit entry. */
@Service
public class DeliveryLedger {

    static final int ROWS = 200;
    static final String NOTICE = "notice";
    static final String MAIL = "mail";

    private final NoticeStore notices;
    private final MailOutboxStore outbox;
    private final AuditLog audit;
    private final Clock clock;

    DeliveryLedger(NoticeStore notices, MailOutboxStore outbox, AuditLog audit, Clock clock) {
        this.notices = notices;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LedgerRow> noticeDeliveries(Optional<DeliveryStatus> status) {
        return notices.latestDeliveries(status, ROWS).stream().map(this::row).toList();
    }

    @Transactional(readOnly = true)
    public List<LedgerRow> mails(Optional<DeliveryStatus> status) {
        return outbox.latest(status, ROWS).stream().map(DeliveryLedger::row).toList();
    }

    /** Every delivery given up after its last attempt, notices and e-mails. */
    @Transactional(readOnly = true)
    public List<LedgerRow> failed() {
        return Stream.concat(noticeDeliveries(Optional.of(DeliveryStatus.FAILED)).stream(),
                mails(Optional.of(DeliveryStatus.FAILED)).stream()).toList();
    }

    /**
     * Puts a FAILED notice delivery or e-mail back in the queue.
     *
     * @return false when there is no such delivery
     * @throws ConcurrentChangeException when it is not FAILED (sent, or already queued again): nothing changes
     */
    @Transactional
    public boolean retry(String kind, long id, String admin) {
        try {
            if (NOTICE.equals(kind) && notices.deliveryById(id).isPresent()) {
                Delivery before = notices.deliveryById(id).get();
                notices.retry(id, clock.instant());
                audit.record(admin, "delivery.retry", "notice-delivery", Long.toString(id),
                        Optional.of("status=" + before.status() + " attempts=" + before.attempts()),
                        Optional.of("status=PENDING"));
                return true;
            }
            if (MAIL.equals(kind) && outbox.mail(id).isPresent()) {
                OutboxMail before = outbox.mail(id).get();
                outbox.retry(id, clock.instant());
                audit.record(admin, "delivery.retry", "mail", Long.toString(id),
                        Optional.of("status=" + before.status() + " attempts=" + before.attempts()),
                        Optional.of("status=PENDING"));
                return true;
            }
        } catch (DeliveryNotRetriableException notFailed) {
            throw new ConcurrentChangeException("delivery.retry.error.not-failed", "/admin/deliveries");
        }
        return false;
    }

    private LedgerRow row(Delivery delivery) {
        String about = notices.noticeById(delivery.noticeId())
                .map(notice -> notice.version().document() + " v" + notice.version().number()).orElse("");
        return new LedgerRow(NOTICE, delivery.id(), about, delivery.channel().name(), delivery.recipient(),
                delivery.status(), delivery.attempts(), delivery.lastError(), delivery.lastAttemptAt(),
                delivery.nextAttemptAt());
    }

    private static LedgerRow row(OutboxMail mail) {
        return new LedgerRow(MAIL, mail.id(), mail.topic() + " " + mail.topicRef(), "EMAIL", mail.recipient(),
                mail.status(), mail.attempts(), mail.lastError(), mail.lastAttemptAt(), mail.nextAttemptAt());
    }
}
