package cn.slaportal.persistence.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "notice")
class NoticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sla_version_id", nullable = false, updatable = false)
    private long slaVersionId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected NoticeEntity() {
    }

    NoticeEntity(long slaVersionId, long organisationId, Instant createdAt) {
        this.slaVersionId = slaVersionId;
        this.organisationId = organisationId;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    long slaVersionId() {
        return slaVersionId;
    }

    long organisationId() {
        return organisationId;
    }

    Instant createdAt() {
        return createdAt;
    }
}
