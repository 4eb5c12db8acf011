package cn.slaportal.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "audit_event")
class AuditEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "target_type", nullable = false, updatable = false, length = 64)
    private String targetType;

    @Column(name = "target_id", nullable = false, updatable = false, length = 64)
    private String targetId;

    @Column(name = "before_summary", updatable = false, columnDefinition = "text")
    private String beforeSummary;

    @Column(name = "after_summary", updatable = false, columnDefinition = "text")
    private String afterSummary;

    protected AuditEventEntity() {
    }

    AuditEventEntity(Instant occurredAt, String actor, String action, String targetType, String targetId,
                     String beforeSummary, String afterSummary) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.beforeSummary = beforeSummary;
        this.afterSummary = afterSummary;
    }

    AuditEvent toRecord() {
        return new AuditEvent(id, occurredAt, actor, action, targetType, targetId, Optional.ofNullable(beforeSummary),
                Optional.ofNullable(afterSummary));
    }
}
