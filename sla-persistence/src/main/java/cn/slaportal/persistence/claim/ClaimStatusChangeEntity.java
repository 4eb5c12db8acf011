package cn.slaportal.persistence.claim;

import cn.slaportal.core.claim.ActorRole;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.core.claim.ClaimTransition;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", updatable = false, length = 16)
    private ActorRole actorRole;

    protected ClaimStatusChangeEntity() {
    }

    ClaimStatusChangeEntity(long claimId, ClaimTransition transition) {
        this.claimId = claimId;
        this.fromStatus = transition.from().orElse(null);
        this.toStatus = transition.to();
        this.changedAt = transition.at();
        this.changedBy = transition.actor();
        this.reason = transition.reason().orElse(null);
        this.actorRole = transition.role();
    }

    ClaimStatusChange toRecord() {
        return new ClaimStatusChange(Optional.ofNullable(fromStatus), toStatus, changedAt, changedBy,
                Optional.ofNullable(reason), Optional.ofNullable(actorRole));
    }
}
