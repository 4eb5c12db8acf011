package cn.slaportal.persistence.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "mail_outbox")
class MailOutboxEntity implements DeliveryRow {

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

    @Embedded
    private DeliveryState state;

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
        this.state = DeliveryState.dueAt(now);
        this.createdAt = now;
    }

    @Override
    public DeliveryState state() {
        return state;
    }

    OutboxMail toRecord() {
        return new OutboxMail(id, topic, topicRef, recipient, language, subject, text, html, state.status(),
                state.attempts(), state.lastError(), state.lastAttemptAt(), state.nextAttemptAt(), state.sentAt(), createdAt);
    }
}
