package cn.slaportal.persistence.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "mail_outbox")
class MailOutboxEntity {

    private static final int ERROR_LIMIT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic", nullable = false, updatable = false, length = 64)
    private String topic;

    @Column(name = "topic_ref", nullable = false, updatable = false, length = 64)
    private String topicRef;

    @Column(name = "recipient", nullable = false, updatable = false, length = 254)
    private String recipient;

    @Column(name = "language", nullable = false, updatable = false, length = 8)
    private String language;

    @Column(name = "subject", nullable = false, updatable = false, length = 500)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false)
    private String text;

    @Column(name = "body_html", nullable = false, updatable = false)
    private String html;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected MailOutboxEntity() {
    }

    MailOutboxEntity(NewOutboxMail mail, Instant now) {
        this.topic = mail.topic();
        this.topicRef = mail.topicRef();
        this.recipient = mail.recipient();
        this.language = mail.language();
        this.subject = mail.subject();
        this.text = mail.text();
        this.html = mail.html();
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        this.attempts++;
        this.status = DeliveryStatus.SENT;
        this.lastAttemptAt = now;
        this.sentAt = now;
        this.nextAttemptAt = null;
    }

    void failed(String error, Instant now, Optional<Instant> retryAt) {
        this.attempts++;
        this.lastAttemptAt = now;
        this.lastError = error.length() <= ERROR_LIMIT ? error : error.substring(0, ERROR_LIMIT);
        this.nextAttemptAt = retryAt.orElse(null);
        this.status = retryAt.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
    }

    void retryNow(Instant now) {
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
    }

    OutboxMail toRecord() {
        return new OutboxMail(id, topic, topicRef, recipient, language, subject, text, html, status, attempts,
                Optional.ofNullable(lastError), Optional.ofNullable(lastAttemptAt), Optional.ofNullable(nextAttemptAt),
                Optional.ofNullable(sentAt), createdAt);
    }
}
