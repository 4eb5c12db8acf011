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

    MailOutboxStore(MailOutboxRepository mails) {
        this.mails = mails;
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
        return mails.findByStatusOrderByIdAsc(DeliveryStatus.FAILED).stream().map(MailOutboxEntity::toRecord).toList();
    }

    public Optional<OutboxMail> mail(long id) {
        return mails.findById(id).map(MailOutboxEntity::toRecord);
    }

    @Transactional
    public OutboxMail markSent(long id, Instant now) {
        MailOutboxEntity mail = entity(id);
        mail.sent(now);
        return mails.saveAndFlush(mail).toRecord();
    }

    /** Records a failed attempt: PENDING again at {@code retryAt}, or FAILED when there is none (given up). */
    @Transactional
    public OutboxMail markFailed(long id, String error, Instant now, Optional<Instant> retryAt) {
        MailOutboxEntity mail = entity(id);
        mail.failed(error, now, retryAt);
        return mails.saveAndFlush(mail).toRecord();
    }

    /** The latest mails (of one status, when given), newest first, at most {@code limit}. */
    public List<OutboxMail> latest(Optional<DeliveryStatus> status, int limit) {
        return status.map(s -> mails.findByStatusOrderByIdDesc(s, PageRequest.of(0, limit)))
                .orElseGet(() -> mails.findAllByOrderByIdDesc(PageRequest.of(0, limit))).stream()
                .map(MailOutboxEntity::toRecord).toList();
    }

    /**
     * Puts a FAILED mail back in the queue (an administrator's retry).
     *
     * @throws DeliveryNotRetriableException when it is not FAILED (a SENT one is never sent again)
     */
    @Transactional
    public OutboxMail retry(long id, Instant now) {
        MailOutboxEntity mail = entity(id);
        if (!mail.toRecord().status().retriableByHand()) {
            throw new DeliveryNotRetriableException(id, mail.toRecord().status());
        }
        mail.retryNow(now);
        return mails.saveAndFlush(mail).toRecord();
    }

    private MailOutboxEntity entity(long id) {
        return mails.findById(id).orElseThrow(() -> new IllegalArgumentException("no outbox mail " + id));
    }
}
