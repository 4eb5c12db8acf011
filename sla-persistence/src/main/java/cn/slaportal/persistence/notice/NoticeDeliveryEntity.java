package cn.slaportal.persistence.notice;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "notice_delivery")
class NoticeDeliveryEntity implements DeliveryRow {

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

    @Embedded
    @AttributeOverride(name = "sentAt", column = @Column(name = "delivered_at"))
    private DeliveryState state;

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
        this.state = DeliveryState.dueAt(now);
    }

    /** The portal delivery is complete when the notice exists: the portal shows it. */
    static NoticeDeliveryEntity portal(long noticeId, String recipient, Instant now) {
        NoticeDeliveryEntity delivery = new NoticeDeliveryEntity(noticeId, DeliveryChannel.PORTAL, recipient, now);
        delivery.state.sent(now);
        return delivery;
    }

    static NoticeDeliveryEntity email(long noticeId, String address, Instant now) {
        return new NoticeDeliveryEntity(noticeId, DeliveryChannel.EMAIL, address, now);
    }

    @Override
    public DeliveryState state() {
        return state;
    }

    long noticeId() {
        return noticeId;
    }

    Delivery toRecord() {
        return new Delivery(id, noticeId, channel, recipient, state.status(), state.attempts(),
                state.lastError(), state.lastAttemptAt(), state.nextAttemptAt(), state.sentAt(), rowVersion);
    }
}
