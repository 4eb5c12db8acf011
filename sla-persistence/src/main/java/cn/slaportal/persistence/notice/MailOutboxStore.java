package cn.slaportal.persistence.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail outbox. {@link #enqueue} joins the caller's transaction, so the mail row commits or rolls back with
 * the act that caused it; the delivery job takes {@link #due} rows, sends them, and records {@link #markSent}
 * or {@link #markFailed}, so an SMTP outage leaves them PENDING for a later attempt.
 */
@Service
@Transactional(readOnly = true)
public class MailOutboxStore {

    private final MailOutboxRepository mails;
    private final DeliveryRows<MailOutboxEntity> rows;

    MailOutboxStore(MailOutboxRepository mails) {
        this.mails = mails;
        this.rows = new DeliveryRows<>(mails, "outbox mail");
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public OutboxMail enqueue(NewOutboxMail mail, Instant now) {
        return mails.save(new MailOutboxEntity(mail, now)).toRecord();
    }

    /** Mails due at {@code now}, the oldest first, at most {@code limit}. */
    public List<OutboxMail> due(Instant now, int limit) {
        return mails.due(now, PageRequest.of(0, limit)).stream().map(MailOutboxEntity::toRecord).toList();
    }

    public List<OutboxMail> about(String topic, String topicRef) {
        return mails.findByTopicAndTopicRefOrderByIdAsc(topic, topicRef).stream().map(MailOutboxEntity::toRecord).toList();
    }

    /** Mails given up after their last attempt, for the administrator. */
    public List<OutboxMail> failed() {
        return rows.failed().stream().map(MailOutboxEntity::toRecord).toList();
    }

    public Optional<OutboxMail> mail(long id) {
        return mails.findById(id).map(MailOutboxEntity::toRecord);
    }

    @Transactional
    public OutboxMail markSent(long id, Instant now) {
        return rows.markSent(id, now).toRecord();
    }

    /** Records a failed attempt: PENDING again at {@code retryAt}, or FAILED when there is none (given up). */
    @Transactional
    public OutboxMail markFailed(long id, String error, Instant now, Optional<Instant> retryAt) {
        return rows.markFailed(id, error, now, retryAt).toRecord();
    }

    /** The latest mails (of one status, when given), newest first, at most {@code limit}. */
    public List<OutboxMail> latest(Optional<DeliveryStatus> status, int limit) {
        return rows.latest(status, limit).stream().map(MailOutboxEntity::toRecord).toList();
    }

    /**
     * Puts a FAILED mail back in the queue (an administrator's retry).
     *
     * @throws DeliveryNotRetriableException when it is not FAILED (a SENT one is never sent again)
     */
    @Transactional
    public OutboxMail retry(long id, Instant now) {
        return rows.retryByHand(id, now).toRecord();
    }
}
