package cn.slaportal.web.claim;

import cn.slaportal.core.claim.CitedExclusion;
import cn.slaportal.core.claim.ClaimChange;
import cn.slaportal.core.claim.ClaimRecomputation;
import cn.slaportal.core.claim.ServiceCreditClaim;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.error.Conflicts;
import cn.slaportal.web.error.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a claim after its submission, for administrators (start review, ask for information, approve,
 * reject) and for the customer who filed it (answer, withdraw). The core aggregate decides each step under the
 * rules of the claim's governing version; each method is one transaction that loads the claim as read at
 * {@code rowVersion}, records the step (status change with actor, role and reason; audit entry) and publishes a
 * {@link ClaimStepEvent} for the e-mail outbox.
 *
 * <p>Contract, for every method:
 * <ul>
 * <li>{@link NotFoundException} {@code claim.notfound} ({0} reference) when there is no such claim, or, for the
 * customer's methods, when it is another organisation's;</li>
 * <li>{@link cn.slaportal.core.claim.ClaimTransitionRefused} ({@code claim.error.transition-refused}: {0} status,
 * {1} action) when the claim's status does not allow the step;</li>
 * <li>{@link cn.slaportal.web.error.ConflictException} {@code error.conflict.stale} when the claim changed since it
 * was read at {@code rowVersion} (another administrator decided first): nothing is overwritten;</li>
 * <li>the step's own refusals as {@link cn.slaportal.core.SlaRuleViolation}s: a question or an answer without text,
 * a rejection without exclusion or reason, an exclusion the governing version does not have, more minutes removed
 * than the downtime.</li>
 * </ul>
 * Each returns the claim as stored after the step (with its new {@code rowVersion}).
 */
@Service
public class ClaimDecisionService {

    private final ClaimStore claims;
    private final PublishedRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimDecisionService(ClaimStore claims, PublishedRules rules, ApplicationEventPublisher events, Clock clock) {
        this.claims = claims;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Claim startReview(String reference, long rowVersion, String administrator) {
        return step(administratorsView(reference), rowVersion, claim -> claim.startReview(administrator, clock.instant()));
    }

    @Transactional
    public Claim requestInformation(String reference, long rowVersion, String administrator, String question) {
        return step(administratorsView(reference), rowVersion,
                claim -> claim.requestInformation(administrator, question, clock.instant()));
    }

    /** The customer answers a request for information; the claim is under review again. */
    @Transactional
    public Claim answer(long organisationId, String reference, long rowVersion, String customer, String answer) {
        return step(customersView(organisationId, reference), rowVersion,
                claim -> claim.answer(customer, answer, clock.instant()));
    }

    /** Approves with the credit the core computes under the governing rules, less the minutes of cited exclusions. */
    @Transactional
    public Claim approve(String reference, long rowVersion, String administrator, List<CitedExclusion> exclusions,
            String reason) {
        Claim stored = administratorsView(reference);
        return step(stored, rowVersion,
                claim -> claim.approve(governing(stored), exclusions, reason, administrator, clock.instant()));
    }

    /** Rejects, citing at least one exclusion of the governing version or giving a reason. */
    @Transactional
    public Claim reject(String reference, long rowVersion, String administrator, List<CitedExclusion> exclusions,
            String reason) {
        Claim stored = administratorsView(reference);
        return step(stored, rowVersion,
                claim -> claim.reject(governing(stored), exclusions, reason, administrator, clock.instant()));
    }

    /** The customer withdraws before a decision; a new claim for the same incident is then possible. */
    @Transactional
    public Claim withdraw(long organisationId, String reference, long rowVersion, String customer, String reason) {
        return step(customersView(organisationId, reference), rowVersion,
                claim -> claim.withdraw(customer, reason, clock.instant()));
    }

    /**
     * What an approval citing {@code exclusions} would give: the minutes each removes, the figures that remain and the
     * credit (the review page shows it before deciding), with the same refusals as {@link #approve}; changes nothing.
     */
    @Transactional(readOnly = true)
    public ClaimRecomputation recompute(String reference, List<CitedExclusion> exclusions) {
        Claim stored = administratorsView(reference);
        return stored.toCore().recompute(governing(stored), exclusions);
    }

    /** The version whose rules govern the stored claim, with its level. */
    public AppliedLevel governing(Claim stored) {
        ServiceCreditClaim claim = stored.toCore();
        return rules.book().levelUnder(claim.document(), claim.governingVersion(), claim.level());
    }

    private Claim administratorsView(String reference) {
        return claims.claim(reference).orElseThrow(() -> new NotFoundException("claim.notfound", reference));
    }

    private Claim customersView(long organisationId, String reference) {
        return claims.claimOf(organisationId, reference)
                .orElseThrow(() -> new NotFoundException("claim.notfound", reference));
    }

    private Claim step(Claim stored, long rowVersion, Function<ServiceCreditClaim, ClaimChange> action) {
        if (stored.rowVersion() != rowVersion) {
            throw Conflicts.of(new org.springframework.orm.ObjectOptimisticLockingFailureException(Claim.class,
                    stored.reference()));
        }
        ClaimChange change = action.apply(stored.toCore());
        Claim after;
        try {
            after = claims.record(stored.reference(), rowVersion, change);
        } catch (OptimisticLockingFailureException stale) {
            throw Conflicts.of(stale);
        }
        events.publishEvent(new ClaimStepEvent(after.reference(), after.organisationId(), after.submittedByUserId(),
                change.transition()));
        return after;
    }
}
