package cn.slaportal.persistence.claim;

import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.claim.CitedExclusion;
import cn.slaportal.core.claim.ClaimChange;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.core.claim.ClaimTransition;
import cn.slaportal.persistence.audit.AuditStore;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims and their status history, stored as the core's {@code ServiceCreditClaim} decided them: this store maps
 * the aggregate and its transitions to rows and decides nothing. Every submission and step writes a status-change
 * row and an audit event in the same transaction as the claim itself.
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
    private final EntityManager entityManager;

    ClaimStore(ClaimRepository claims, ClaimStatusChangeRepository changes, ClaimReferences references,
               SubscriptionStore subscriptions, AuditStore audit, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.claims = claims;
        this.changes = changes;
        this.references = references;
        this.subscriptions = subscriptions;
        this.audit = audit;
    }

    /**
     * Takes the next claim reference {@code CLM-<year>-<number>} in its own short transaction. Call it before the
     * transaction that stores the claim, so that a burst of submissions never holds two connections per request;
     * a submission refused afterwards leaves a gap in the numbers.
     */
    public String nextReference(Instant now) {
        return references.next(now);
    }

    /**
     * Stores a claim the core accepted, with its SUBMITTED status change and an audit event, in the caller's
     * transaction (or a new one).
     *
     * @throws DuplicateClaimException when another claim that blocks it (not withdrawn) for the same incident and
     *         subscription was stored at the same moment (the database's unique key)
     * @throws IllegalArgumentException when the subscription does not exist
     */
    @Transactional
    public Claim insert(String reference, NewClaim claim) {
        Subscription subscription = subscriptions.subscription(claim.subscriptionId())
                .orElseThrow(() -> new IllegalArgumentException("no subscription " + claim.subscriptionId()));
        ClaimEntity stored;
        try {
            stored = claims.saveAndFlush(new ClaimEntity(reference, subscription.organisationId(), claim));
        } catch (DataIntegrityViolationException e) {
            throw new DuplicateClaimException(claim.incidentId(), claim.subscriptionId(), e);
        }
        changes.save(new ClaimStatusChangeEntity(stored.id(), claim.submitted()));
        audit.record(claim.submitted().actor(), "claim.submit", AUDIT_TARGET, reference, Optional.empty(),
                Optional.of("status=SUBMITTED subscription=" + claim.subscriptionId() + " incident="
                        + claim.incidentId() + " serviceLevel=" + claim.claim().level() + " version="
                        + claim.claim().document() + "/" + claim.claim().governingVersion() + " credit="
                        + claim.credit().amount().plain()), claim.submitted().at());
        return stored.toRecord();
    }

    /**
     * Records a step the core allowed on the claim as read at {@code expectedRowVersion}: the claim's new state, the
     * status change and an audit event.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else changed the claim in between
     * @throws IllegalArgumentException when there is no such claim
     */
    @Transactional
    public Claim record(String reference, long expectedRowVersion, ClaimChange change) {
        ClaimEntity claim = claims.findByReference(reference)
                .orElseThrow(() -> new IllegalArgumentException("no claim " + reference));
        if (claim.rowVersion() != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(ClaimEntity.class, claim.id());
        }
        ClaimTransition transition = change.transition();
        claim.apply(change.claim(), transition.at());
        ClaimEntity saved = claims.saveAndFlush(claim);
        changes.save(new ClaimStatusChangeEntity(saved.id(), transition));
        StringBuilder after = new StringBuilder("status=").append(transition.to());
        transition.approvedCredit().ifPresent(credit -> after.append(" approvedCredit=").append(credit.plain()));
        if (!transition.exclusions().isEmpty()) {
            after.append(" exclusions=").append(transition.exclusions().stream().map(CitedExclusion::code).toList());
        }
        transition.reason().ifPresent(reason -> after.append(" reason=").append(reason));
        audit.record(transition.actor(), "claim." + transition.action().name().toLowerCase(java.util.Locale.ROOT),
                AUDIT_TARGET, reference, transition.from().map(from -> "status=" + from), Optional.of(after.toString()),
                transition.at());
        return saved.toRecord();
    }

    /** The claims of a subscription for an incident, the latest first (the duplicate rule looks at them). */
    @Transactional(readOnly = true)
    public List<Claim> claimsFor(long subscriptionId, long incidentId) {
        return claims.findBySubscriptionIdAndIncidentIdOrderBySubmittedAtDescIdDesc(subscriptionId, incidentId).stream()
                .map(ClaimEntity::toRecord).toList();
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

    /** One page (0-based) of the claims matching the query, the oldest submission first. */
    @Transactional(readOnly = true)
    public Page<Claim> search(ClaimQuery query, int page, int size) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<ClaimEntity> select = builder.createQuery(ClaimEntity.class);
        Root<ClaimEntity> claim = select.from(ClaimEntity.class);
        select.where(matching(query, builder, claim))
                .orderBy(builder.asc(claim.get("submittedAt")), builder.asc(claim.get("id")));
        List<Claim> rows = entityManager.createQuery(select).setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(ClaimEntity::toRecord).toList();
        CriteriaQuery<Long> count = builder.createQuery(Long.class);
        Root<ClaimEntity> counted = count.from(ClaimEntity.class);
        count.select(builder.count(counted)).where(matching(query, builder, counted));
        return new PageImpl<>(rows, PageRequest.of(page, size), entityManager.createQuery(count).getSingleResult());
    }

    private static Predicate[] matching(ClaimQuery query, CriteriaBuilder builder, Root<ClaimEntity> claim) {
        List<Predicate> where = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            where.add(claim.get("status").in(query.statuses()));
        }
        query.document().ifPresent(document -> where.add(builder.equal(claim.get("slaDocument"), document)));
        query.organisationId().ifPresent(id -> where.add(builder.equal(claim.get("organisationId"), id)));
        query.from().ifPresent(from -> where.add(builder.greaterThanOrEqualTo(claim.<Instant>get("submittedAt"), from)));
        query.until().ifPresent(until -> where.add(builder.lessThan(claim.<Instant>get("submittedAt"), until)));
        query.referenceText().ifPresent(text -> where.add(builder.like(builder.upper(claim.get("reference")),
                "%" + text.toUpperCase(java.util.Locale.ROOT) + "%")));
        return where.toArray(Predicate[]::new);
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
