package cn.slaportal.persistence.claim;

import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.persistence.audit.AuditStore;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims and their status history. Every submission and transition writes a status-change row and an
 * audit event in the same transaction as the claim itself. {@link #submit} is deliberately not
 * transactional as a whole: it holds at most one connection at a time (reference, then claim).
 */
@Service
public class ClaimStore {

    /** Audit target type of claims; the target id is the claim reference. */
    public static final String AUDIT_TARGET = "claim";

    private final ClaimRepository claims;
    private final ClaimStatusChangeRepository changes;
    private final ClaimReferences references;
    private final SubscriptionStore subscriptions;
    private final AuditStore audit;
    private final TransactionTemplate transaction;

    ClaimStore(ClaimRepository claims, ClaimStatusChangeRepository changes, ClaimReferences references,
               SubscriptionStore subscriptions, AuditStore audit, PlatformTransactionManager transactions) {
        this.claims = claims;
        this.changes = changes;
        this.references = references;
        this.subscriptions = subscriptions;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Stores a submitted claim with a new reference. When this returns, the claim is committed.
     * Not transactional itself: the reference is taken in its own short transaction first, so that a
     * burst of submissions never holds two connections per request.
     *
     * @throws DuplicateClaimException when the subscription already has a claim for the incident
     * @throws IllegalArgumentException when the subscription does not exist
     */
    public Claim submit(NewClaim claim, Instant now) {
        Subscription subscription = subscriptions.subscription(claim.subscriptionId())
                .orElseThrow(() -> new IllegalArgumentException("no subscription " + claim.subscriptionId()));
        if (claims.existsByIncidentIdAndSubscriptionIdAndBlockingTrue(claim.incidentId(), claim.subscriptionId())) {
            throw new DuplicateClaimException(claim.incidentId(), claim.subscriptionId(), null);
        }
        String reference = references.next(now);
        try {
            return transaction.execute(status -> {
                ClaimEntity stored = claims.saveAndFlush(new ClaimEntity(reference, subscription.organisationId(), claim, now));
                changes.save(new ClaimStatusChangeEntity(stored.id(), null, ClaimStatus.SUBMITTED, now,
                        claim.submittedBy(), null));
                audit.record(claim.submittedBy(), "claim.submit", AUDIT_TARGET, reference, Optional.empty(),
                        Optional.of("status=SUBMITTED subscription=" + claim.subscriptionId() + " incident="
                                + claim.incidentId() + " serviceLevel=" + claim.serviceLevel() + " credit="
                                + claim.creditAmount().plain()), now);
                return stored.toRecord();
            });
        } catch (DataIntegrityViolationException e) {
            if (claims.existsByIncidentIdAndSubscriptionIdAndBlockingTrue(claim.incidentId(), claim.subscriptionId())) {
                throw new DuplicateClaimException(claim.incidentId(), claim.subscriptionId(), e);
            }
            throw e;
        }
    }

    /**
     * Moves the claim, as read at {@code expectedRowVersion}, to a new status.
     *
     * @throws ClaimTransitionRefusedException when the current status does not allow it
     * @throws ObjectOptimisticLockingFailureException when someone else changed the claim in between
     */
    @Transactional
    public Claim transition(String reference, long expectedRowVersion, ClaimTransition transition, Instant now) {
        ClaimEntity claim = claims.findByReference(reference)
                .orElseThrow(() -> new IllegalArgumentException("no claim " + reference));
        if (claim.rowVersion() != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(ClaimEntity.class, claim.id());
        }
        ClaimStatus from = claim.status();
        if (!from.canMoveTo(transition.to())) {
            throw new ClaimTransitionRefusedException(reference, from, transition.to());
        }
        claim.moveTo(transition, now);
        ClaimEntity saved = claims.saveAndFlush(claim);
        changes.save(new ClaimStatusChangeEntity(saved.id(), from, transition.to(), now, transition.actor(),
                transition.reason().orElse(null)));
        StringBuilder after = new StringBuilder("status=").append(transition.to());
        transition.approvedCredit().ifPresent(credit -> after.append(" approvedCredit=").append(credit.plain()));
        if (!transition.exclusions().isEmpty()) {
            after.append(" exclusions=").append(transition.exclusions().stream().map(CitedExclusion::code).toList());
        }
        transition.reason().ifPresent(reason -> after.append(" reason=").append(reason));
        audit.record(transition.actor(), "claim.transition", AUDIT_TARGET, reference, Optional.of("status=" + from),
                Optional.of(after.toString()), now);
        return saved.toRecord();
    }

    @Transactional(readOnly = true)
    public Optional<Claim> claim(String reference) {
        return claims.findByReference(reference).map(ClaimEntity::toRecord);
    }

    /** The claim only if it belongs to the organisation: a customer never reaches another's claim. */
    @Transactional(readOnly = true)
    public Optional<Claim> claimOf(long organisationId, String reference) {
        return claims.findByReferenceAndOrganisationId(reference, organisationId).map(ClaimEntity::toRecord);
    }

    @Transactional(readOnly = true)
    public Optional<ClaimDetail> detail(String reference) {
        return claims.findByReference(reference).map(this::detail);
    }

    @Transactional(readOnly = true)
    public Optional<ClaimDetail> detailOf(long organisationId, String reference) {
        return claims.findByReferenceAndOrganisationId(reference, organisationId).map(this::detail);
    }

    /** The organisation's claims, the latest first. */
    @Transactional(readOnly = true)
    public List<Claim> claimsOf(long organisationId) {
        return claims.findByOrganisationIdOrderBySubmittedAtDesc(organisationId).stream().map(ClaimEntity::toRecord).toList();
    }

    /** The organisation's claims on one service level (e.g. for the one-credit-per-period rule). */
    @Transactional(readOnly = true)
    public List<Claim> claimsOf(long organisationId, ServiceLevelSlug serviceLevel) {
        return claims.findByOrganisationIdAndServiceLevelOrderBySubmittedAtDesc(organisationId, serviceLevel.value())
                .stream().map(ClaimEntity::toRecord).toList();
    }

    /** The review queue: claims in these statuses, the oldest first. */
    @Transactional(readOnly = true)
    public List<Claim> withStatus(Collection<ClaimStatus> statuses) {
        return claims.findByStatusInOrderBySubmittedAtAsc(statuses).stream().map(ClaimEntity::toRecord).toList();
    }

    @Transactional(readOnly = true)
    public List<Claim> all() {
        return claims.findAllByOrderBySubmittedAtDesc().stream().map(ClaimEntity::toRecord).toList();
    }

    private ClaimDetail detail(ClaimEntity claim) {
        return new ClaimDetail(claim.toRecord(), changes.findByClaimIdOrderByChangedAtAscIdAsc(claim.id()).stream()
                .map(ClaimStatusChangeEntity::toRecord).toList());
    }
}
