package cn.slaportal.persistence.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "claim_status_change")
class ClaimStatusChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private long claimId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 16)
    private ClaimStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 16)
    private ClaimStatus toStatus;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 254)
    private String changedBy;

    @Column(name = "reason", updatable = false, columnDefinition = "text")
    private String reason;

    protected ClaimStatusChangeEntity() {
    }

    ClaimStatusChangeEntity(long claimId, ClaimStatus fromStatus, ClaimStatus toStatus, Instant changedAt,
                            String changedBy, String reason) {
        this.claimId = claimId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
    }

    ClaimStatusChange toRecord() {
        return new ClaimStatusChange(Optional.ofNullable(fromStatus), toStatus, changedAt, changedBy,
                Optional.ofNullable(reason));
    }
}
