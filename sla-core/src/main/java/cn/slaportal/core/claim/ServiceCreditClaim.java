package cn.slaportal.core.claim;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.core.credit.CreditAssessment;
import cn.slaportal.core.credit.CreditCalculator;
import cn.slaportal.core.credit.ServiceCredit;
import cn.slaportal.core.uptime.UptimeMinutes;
import cn.slaportal.core.version.AppliedLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service-credit claim, the aggregate of SPEC 3.10. It knows the version whose rules govern it (the version in
 * force when the subscription term began), the incident's billing month, the month's figures (available minutes
 * and downtime in the level's unit) and the applicable fee; every step goes through a method here that checks the
 * rule and returns the {@link ClaimChange} to record. Immutable: a step returns a new claim.
 */
public record ServiceCreditClaim(ServiceLevelSlug level, SlaDocument document, int governingVersion,
        BillingMonth billingMonth, UptimeMinutes minutes, ApplicableFee fee, ClaimStatus status,
        List<CitedExclusion> exclusions, Optional<Money> approvedCredit) {

    private static final CreditCalculator CREDITS = new CreditCalculator();

    public ServiceCreditClaim {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(billingMonth, "billingMonth");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(status, "status");
        exclusions = List.copyOf(exclusions);
        Objects.requireNonNull(approvedCredit, "approvedCredit");
    }

    /**
     * Files a claim under the rules of {@code governing} (the version governing the subscription term). Refuses,
     * in this order:
     * <ol>
     * <li>a level the subscription does not cover ({@code claim.error.level-not-covered}: {0} level) or the
     * incident did not touch ({@code claim.error.level-not-affected}: {0} level), and announced maintenance, which
 * is Scheduled Downtime and no incident ({@code claim.error.scheduled-maintenance});</li>
     * <li>an incident outside the term ({@code claim.error.outside-term}: {0} incident day, {1} first, {2} last day
     * of the term);</li>
     * <li>a late claim ({@link ClaimDeadlinePassed}, naming the deadline);</li>
     * <li>a second claim for the incident and subscription unless the first was withdrawn ({@link DuplicateClaim});</li>
     * <li>where the level allows one credit per monthly period (Dynamics 365), a second claim for the same level and
     * billing month that is neither withdrawn nor rejected ({@code claim.error.credit-already-claimed}: {0} first day
     * of the billing month, {1} the reference of the claim that holds it), even for another incident;</li>
     * <li>missing required information ({@link ClaimIncomplete});</li>
     * <li>figures the level's formula refuses (uptime and credit codes of the core).</li>
     * </ol>
     */
    public static ClaimSubmission submit(AppliedLevel governing, SubscriptionTerm term, ClaimFiling filing,
            List<PriorClaim> prior, Instant receivedAt, String actor) {
        ServiceLevel level = governing.level();
        if (!term.level().equals(filing.level()) || !level.slug().equals(filing.level())) {
            throw new SlaRuleViolation("claim.error.level-not-covered", filing.level().value());
        }
        if (!filing.incidentLevels().contains(filing.level())) {
            throw new SlaRuleViolation("claim.error.level-not-affected", filing.level().value());
        }
        if (filing.scheduledMaintenance()) {
            throw new SlaRuleViolation("claim.error.scheduled-maintenance");
        }
        if (filing.incidentStartedAt().isAfter(receivedAt)) {
            throw new SlaRuleViolation("claim.error.incident-in-future");
        }
        LocalDate incidentDay = LocalDate.ofInstant(filing.incidentStartedAt(), SlaTime.ZONE);
        if (!term.contains(incidentDay)) {
            throw new SlaRuleViolation("claim.error.outside-term", incidentDay.toString(), term.start().toString(),
                    term.end().toString());
        }
        ClaimDeadline deadline = level.deadlineRule().deadlineFor(incidentDay, term.billingDay());
        deadline.requireOnTime(receivedAt);
        for (PriorClaim claim : prior) {
            if (claim.sameIncidentAndSubscription() && claim.status().blocksAnotherClaim()) {
                throw new DuplicateClaim(claim.reference());
            }
        }
        BillingMonth month = BillingMonth.containing(incidentDay, term.billingDay());
        for (PriorClaim claim : prior) {
            if (claim.level().equals(filing.level()) && claim.billingMonth().startMonth().equals(month.startMonth())
                    && claim.status().holdsTheMonthsCredit()
                    && !level.creditFrequencyRule().allowsAnotherCredit(month.startMonth(),
                            List.of(claim.billingMonth().startMonth()))) {
                throw new SlaRuleViolation("claim.error.credit-already-claimed", month.firstDay().toString(),
                        claim.reference());
            }
        }
        List<ClaimInformation> missing = new ArrayList<>();
        for (ClaimInformation item : governing.rules().requiredClaimInformation()) {
            if (!filing.statement().provides(item)) {
                missing.add(item);
            }
        }
        if (!missing.isEmpty()) {
            throw new ClaimIncomplete(missing);
        }
        CreditAssessment assessment = level.assess(month, filing.uptime(), term.fee());
        ServiceCreditClaim claim = new ServiceCreditClaim(level.slug(), governing.document(),
                governing.version().number(), month, assessment.minutes(), term.fee(), ClaimStatus.SUBMITTED,
                List.of(), Optional.empty());
        ClaimTransition transition = new ClaimTransition(ClaimAction.SUBMIT, Optional.empty(), ClaimStatus.SUBMITTED,
                actor, ActorRole.CUSTOMER, receivedAt, Optional.empty(), List.of(), Optional.empty());
        return new ClaimSubmission(new ClaimChange(claim, transition), assessment, deadline,
                level.decisionPeriod().map(period -> period.expectedDecisionDate(receivedAt)));
    }

    /** An administrator starts reviewing a submitted claim. */
    public ClaimChange startReview(String actor, Instant at) {
        return step(ClaimAction.START_REVIEW, actor, at, Optional.empty(), exclusions, approvedCredit);
    }

    /** An administrator asks the customer a question ({@code claim.error.question-required} without one). */
    public ClaimChange requestInformation(String actor, String question, Instant at) {
        return step(ClaimAction.REQUEST_INFORMATION, actor, at, required(question, "claim.error.question-required"),
                exclusions, approvedCredit);
    }

    /** The customer answers; the claim is under review again ({@code claim.error.answer-required} without one). */
    public ClaimChange answer(String actor, String answer, Instant at) {
        return step(ClaimAction.ANSWER, actor, at, required(answer, "claim.error.answer-required"), exclusions,
                approvedCredit);
    }

    /**
     * An administrator approves: the credit is the core's, under the governing rules, for the month's figures with
     * the minutes removed by the cited exclusions, capped at the applicable fee. Refuses exclusions the governing
     * version does not have ({@code claim.error.unknown-exclusion}: {0} code) and removed minutes beyond the
     * downtime ({@code claim.error.excluded-exceeds-downtime}: {0} removed, {1} downtime).
     */
    public ClaimChange approve(AppliedLevel governing, List<CitedExclusion> cited, String reason, String actor,
            Instant at) {
        requireAllowed(ClaimAction.APPROVE);
        ServiceCredit credit = credit(governing, cited);
        return step(ClaimAction.APPROVE, actor, at, Optional.ofNullable(reason), cited, Optional.of(credit.amount()));
    }

    /**
     * The credit an approval citing {@code cited} would give (the review page shows it before the decision), with the
     * same refusals as {@link #approve}.
     */
    public ServiceCredit credit(AppliedLevel governing, List<CitedExclusion> cited) {
        return recompute(governing, cited).credit();
    }

    /**
     * The credit of {@link #credit} with its steps: the minutes each cited exclusion removes and the figures that
     * remain (the review page shows them before the decision). Same refusals as {@link #approve}.
     */
    public ClaimRecomputation recompute(AppliedLevel governing, List<CitedExclusion> cited) {
        requireGovernedBy(governing);
        validate(governing, cited);
        long removed = cited.stream().mapToLong(exclusion -> exclusion.excludedMinutes().orElse(0L)).sum();
        if (removed > minutes.downtimeMinutes()) {
            throw new SlaRuleViolation("claim.error.excluded-exceeds-downtime", removed, minutes.downtimeMinutes());
        }
        UptimeMinutes remaining = new UptimeMinutes(minutes.availableMinutes(), minutes.downtimeMinutes() - removed);
        return new ClaimRecomputation(minutes, cited, remaining,
                CREDITS.assess(governing.level().creditSchedule(), remaining, fee));
    }

    /**
     * An administrator rejects, citing at least one exclusion of the governing version or giving a reason
     * ({@code claim.error.rejection-needs-reason}; {@code claim.error.unknown-exclusion}: {0} code).
     */
    public ClaimChange reject(AppliedLevel governing, List<CitedExclusion> cited, String reason, String actor,
            Instant at) {
        requireAllowed(ClaimAction.REJECT);
        requireGovernedBy(governing);
        Optional<String> why = Optional.ofNullable(reason).map(String::strip).filter(text -> !text.isEmpty());
        if (cited.isEmpty() && why.isEmpty()) {
            throw new SlaRuleViolation("claim.error.rejection-needs-reason");
        }
        validate(governing, cited);
        return step(ClaimAction.REJECT, actor, at, why, cited, Optional.empty());
    }

    /** The customer withdraws the claim before a decision; it then no longer blocks a new claim for the incident. */
    public ClaimChange withdraw(String actor, String reason, Instant at) {
        return step(ClaimAction.WITHDRAW, actor, at, Optional.ofNullable(reason), exclusions, approvedCredit);
    }

    private ClaimChange step(ClaimAction action, String actor, Instant at, Optional<String> reason,
            List<CitedExclusion> cited, Optional<Money> credit) {
        requireAllowed(action);
        ServiceCreditClaim after = new ServiceCreditClaim(level, document, governingVersion, billingMonth, minutes, fee,
                action.to(), cited, credit);
        return new ClaimChange(after, new ClaimTransition(action, Optional.of(status), action.to(), actor,
                action.role(), at, reason, cited, credit));
    }

    private void requireAllowed(ClaimAction action) {
        if (!action.allowedFrom(status)) {
            throw new ClaimTransitionRefused(status, action);
        }
    }

    private void requireGovernedBy(AppliedLevel governing) {
        if (governing.version().number() != governingVersion || !governing.document().equals(document)
                || !governing.level().slug().equals(level)) {
            throw new IllegalArgumentException("claim is governed by " + document + " v" + governingVersion
                    + ", not by " + governing.document() + " v" + governing.version().number());
        }
    }

    private static void validate(AppliedLevel governing, List<CitedExclusion> cited) {
        for (CitedExclusion exclusion : cited) {
            if (governing.rules().exclusion(exclusion.code()).isEmpty()) {
                throw new SlaRuleViolation("claim.error.unknown-exclusion", exclusion.code());
            }
        }
    }

    private static Optional<String> required(String text, String code) {
        Optional<String> given = Optional.ofNullable(text).map(String::strip).filter(value -> !value.isEmpty());
        if (given.isEmpty()) {
            throw new SlaRuleViolation(code);
        }
        return given;
    }
}
