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
@Table(name = "notice_delivery")
class NoticeDeliveryEntity {

    private static final int ERROR_LIMIT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    private long noticeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 16)
    private DeliveryChannel channel;

    @Column(name = "recipient", nullable = false, updatable = false, length = 254)
    private String recipient;

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

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected NoticeDeliveryEntity() {
    }

    private NoticeDeliveryEntity(long noticeId, DeliveryChannel channel, String recipient, Instant now) {
        this.noticeId = noticeId;
        this.channel = channel;
        this.recipient = recipient;
        this.createdAt = now;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
    }

    /** The portal delivery is complete when the notice exists: the portal shows it. */
    static NoticeDeliveryEntity portal(long noticeId, String recipient, Instant now) {
        NoticeDeliveryEntity delivery = new NoticeDeliveryEntity(noticeId, DeliveryChannel.PORTAL, recipient, now);
        delivery.delivered(now);
        return delivery;
    }

    static NoticeDeliveryEntity email(long noticeId, String address, Instant now) {
        return new NoticeDeliveryEntity(noticeId, DeliveryChannel.EMAIL, address, now);
    }

    void delivered(Instant now) {
        this.attempts++;
        this.status = DeliveryStatus.SENT;
        this.lastAttemptAt = now;
        this.deliveredAt = now;
        this.nextAttemptAt = null;
        this.lastError = null;
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

    long noticeId() {
        return noticeId;
    }

    int attempts() {
        return attempts;
    }

    DeliveryStatus status() {
        return status;
    }

    Delivery toRecord() {
        return new Delivery(id, noticeId, channel, recipient, status, attempts, Optional.ofNullable(lastError),
                Optional.ofNullable(lastAttemptAt), Optional.ofNullable(nextAttemptAt), Optional.ofNullable(deliveredAt),
                rowVersion);
    }
}
