package cn.slaportal.web.claim;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.claim.ClaimFiling;
import cn.slaportal.core.claim.DuplicateClaim;
import cn.slaportal.core.claim.ClaimSubmission;
import cn.slaportal.core.claim.PriorClaim;
import cn.slaportal.core.claim.ServiceCreditClaim;
import cn.slaportal.core.claim.SubscriptionTerm;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.persistence.claim.DuplicateClaimException;
import cn.slaportal.persistence.claim.NewClaim;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.persistence.subscription.Reseller;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.error.Conflicts;
import cn.slaportal.web.error.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claim submission, the one write path for new claims (customer form, demo loader). The core decides everything
 * ({@link ServiceCreditClaim#submit}) under the rules of the version governing the subscription term; this service
 * loads the facts, stores the result and tells listeners, in one transaction.
 *
 * <p>Contract of {@link #submit} and {@link #preview}, in the order checked:
 * <ul>
 * <li>{@link NotFoundException} {@code claim.notfound.subscription} when the subscription is not the organisation's
 * (its existence is not revealed);</li>
 * <li>{@link SlaRuleViolation} {@code claim.error.unknown-incident} ({0} tracking id) for a tracking id the operator
 * did not record (or that belongs to an incident another customer reported);</li>
 * <li>the core's refusals as {@link SlaRuleViolation}s with their codes: a reported incident that does not end after
 * it starts ({@code claim.error.incident-period}) or has not begun ({@code claim.error.incident-in-future}), level
 * not covered / not affected, announced maintenance, incident outside the term, past the deadline ({@code deadline.error.passed}, naming it), a second
 * Dynamics credit for the level and month ({@code claim.error.credit-already-claimed}), missing information
 * ({@code claim.error.missing-information}, listing the items), figures the formula refuses;</li>
 * <li>{@link cn.slaportal.web.error.ConflictException} {@code claim.error.duplicate} ({0} the reference of the claim
 * that stands) when a claim for the incident and subscription stands (a withdrawn one does not), also when two
 * arrive at the same moment ({@code claim.error.duplicate-race}).</li>
 * </ul>
 * Time comes from the application clock; the claim is received at that instant.
 */
@Service
public class ClaimSubmissionService {

    /** The id of an incident the customer reports, until it is stored with the claim. */
    private static final long REPORTED = -1;

    private final ClaimStore claims;
    private final SubscriptionStore subscriptions;
    private final IncidentStore incidents;
    private final PublishedRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ClaimSubmissionService(ClaimStore claims, SubscriptionStore subscriptions, IncidentStore incidents,
            PublishedRules rules, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.claims = claims;
        this.subscriptions = subscriptions;
        this.incidents = incidents;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Files the claim: the reference is taken first (its own short transaction), then the checks, the claim, its
     * first status change, the audit entry and the listeners' outbox rows commit together. Returns the stored claim
     * with the figures the core computed.
     */
    public SubmittedClaim submit(ClaimCommand command) {
        Instant now = clock.instant();
        String reference = claims.nextReference(now);
        try {
            return transaction.execute(status -> {
                Decided decided = decide(command, now);
                ClaimSubmission submission = decided.submission();
                Incident incident = decided.incident().id() == REPORTED ? incidents.create(new NewIncident(
                        "REPORTED-" + reference, Set.of(submission.claim().level()), decided.incident().startedAt(),
                        decided.incident().endedAt(), reportedDescription(command, reference), false, Optional.empty(),
                        command.userEmail(), true), now) : decided.incident();
                Claim stored = claims.insert(reference, new NewClaim(decided.subscription().id(),
                        incident.id(), submission.claim(), submission.change().transition(),
                        command.statement(), incident.startedAt(), incident.duration().toMinutes(),
                        submission.assessment().credit(), submission.deadline().lastDay(),
                        submission.expectedDecisionDate(), command.userId()));
                events.publishEvent(new ClaimSubmittedEvent(stored.reference(), stored.organisationId(),
                        command.userId()));
                return new SubmittedClaim(Optional.of(stored), decided.governing(), submission.assessment(),
                        submission.deadline(), submission.expectedDecisionDate());
            });
        } catch (DuplicateClaim | DuplicateClaimException duplicate) {
            throw Conflicts.of(duplicate);
        }
    }

    /**
     * What {@link #submit} would decide now, without storing anything (the form's preview), with the same refusals
     * (a duplicate is a {@link cn.slaportal.core.claim.DuplicateClaim}, not yet a conflict).
     */
    public SubmittedClaim preview(ClaimCommand command) {
        Instant now = clock.instant();
        return transaction.execute(status -> {
            status.setRollbackOnly();
            Decided decided = decide(command, now);
            return new SubmittedClaim(Optional.empty(), decided.governing(), decided.submission().assessment(),
                    decided.submission().deadline(), decided.submission().expectedDecisionDate());
        });
    }

    private Decided decide(ClaimCommand command, Instant now) {
        Subscription subscription = subscriptions.subscriptionOf(command.organisationId(), command.subscriptionId())
                .orElseThrow(() -> new NotFoundException("claim.notfound.subscription", command.subscriptionId()));
        ServiceLevelSlug level = rules.book().knownLevel(command.serviceLevel());
        Incident incident = incident(command, level);
        AppliedLevel governing = rules.book().governingLevel(subscription.serviceLevel().value(),
                subscription.termStart());
        if (!governing.level().slug().equals(level)) {
            throw new SlaRuleViolation("claim.error.level-not-covered", level.value());
        }
        SubscriptionTerm term = new SubscriptionTerm(subscription.serviceLevel(), subscription.termStart(),
                subscription.termEnd(), subscription.billingDay(), ApplicableFee.of(subscription.monthlyFee(),
                        subscription.suitePriceShare(), subscription.reseller().map(Reseller::estimatedRetailPrice)));
        ClaimFiling filing = new ClaimFiling(level, incident.startedAt(), incident.endedAt(), incident.serviceLevels(),
                incident.scheduled(), command.uptime(), command.statement());
        ClaimSubmission submission = ServiceCreditClaim.submit(governing, term, filing,
                prior(command.organisationId(), subscription, incident, level), now, command.userEmail());
        return new Decided(subscription, incident, governing, submission);
    }

    /**
     * The incident of the claim: the operator-recorded one of the tracking id, or the customer's report as an
     * incident not stored yet (id {@value #REPORTED}; stored with the claim). The core checks its period.
     */
    private Incident incident(ClaimCommand command, ServiceLevelSlug level) {
        if (command.incident() instanceof IncidentRef.Recorded recorded) {
            return incidents.byTrackingId(recorded.trackingId()).filter(found -> !found.reportedByCustomer())
                    .orElseThrow(() -> new SlaRuleViolation("claim.error.unknown-incident", recorded.trackingId()));
        }
        IncidentRef.Reported reported = (IncidentRef.Reported) command.incident();
        return new Incident(REPORTED, "", Set.of(level), reported.start(), reported.end(), null, false,
                Optional.empty(), command.userEmail(), reported.start(), 0, true);
    }

    /** The customer's own words describe the incident they report (the claim's reference when they gave none). */
    private static LocalizedText reportedDescription(ClaimCommand command, String reference) {
        String text = command.statement().description().isEmpty() ? reference : command.statement().description();
        return new LocalizedText(text, text);
    }

    /** The organisation's claims on this level, and any claim of the subscription for the incident. */
    private List<PriorClaim> prior(long organisationId, Subscription subscription, Incident incident,
            ServiceLevelSlug level) {
        Map<String, Claim> relevant = new LinkedHashMap<>();
        claims.claimsOf(organisationId, level).forEach(claim -> relevant.put(claim.reference(), claim));
        claims.claimsFor(subscription.id(), incident.id()).forEach(claim -> relevant.put(claim.reference(), claim));
        return relevant.values().stream().filter(claim -> claim.billingMonthStart().isPresent())
                .map(claim -> new PriorClaim(claim.reference(),
                        claim.subscriptionId() == subscription.id() && claim.incidentId() == incident.id(),
                        claim.serviceLevel(), claim.toCore().billingMonth(), claim.status()))
                .toList();
    }

    private record Decided(Subscription subscription, Incident incident, AppliedLevel governing,
            ClaimSubmission submission) {
    }
}
