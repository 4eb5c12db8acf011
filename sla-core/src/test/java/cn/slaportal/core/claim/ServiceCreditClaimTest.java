package cn.slaportal.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.RuleSetFixtures;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.core.uptime.ResourceMinutes;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.core.uptime.UptimeMinutes;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.core.version.RuleBook;
import cn.slaportal.core.version.SlaVersion;
import cn.slaportal.core.version.VersionedRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The claim lifecycle of SPEC 3.10 and the refusals of a submission (SPEC 9), on Service Bus v1 (two-month
 * deadline, exclusions AZ-01 and AZ-02) and Dynamics 365 v1 (one credit per level and month, 45-day decision
 * period). Incidents are on 2026-02-10 (Asia/Shanghai); terms run through 2026.
 */
class ServiceCreditClaimTest {

    private static final RuleBook BOOK = new RuleBook(List.of(
            new VersionedRules(new SlaVersion(1, Instant.parse("2016-02-29T16:00:00Z"), LocalDate.of(2016, 3, 1), false),
                    RuleSetFixtures.serviceBusV1()),
            new VersionedRules(new SlaVersion(1, Instant.parse("2019-03-31T16:00:00Z"), LocalDate.of(2019, 4, 1), false),
                    RuleSetFixtures.dynamicsV1())));
    private static final LocalDate TERM_START = LocalDate.of(2026, 1, 1);
    private static final ServiceLevelSlug RELAYS = new ServiceLevelSlug("service-bus-relays");
    private static final ServiceLevelSlug SALES = new ServiceLevelSlug("dynamics-365-sales-enterprise");
    private static final Instant INCIDENT = Instant.parse("2026-02-10T02:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-03-05T02:00:00Z");
    private static final ClaimStatement FULL = new ClaimStatement("Relay connections failed.", Optional.of("relay-1"),
            Optional.of(20), Optional.of("上海"), "Restarted the clients.");

    private static AppliedLevel governing(ServiceLevelSlug level) {
        return BOOK.governingLevel(level.value(), TERM_START);
    }

    private static SubscriptionTerm term(ServiceLevelSlug level) {
        return new SubscriptionTerm(level, TERM_START, LocalDate.of(2026, 12, 31), BillingDay.CALENDAR,
                ApplicableFee.monthlyFee(Money.cny("1000.00")));
    }

    private static ClaimFiling relayFiling(long downtime) {
        return new ClaimFiling(RELAYS, INCIDENT, INCIDENT.plusSeconds(2460), Set.of(RELAYS), false, new UptimeInput.DeploymentMinutes(
                List.of(new ResourceMinutes("relay-1", 40_320, downtime))), FULL);
    }

    private static ClaimFiling salesFiling() {
        return new ClaimFiling(SALES, INCIDENT, INCIDENT.plusSeconds(2460), Set.of(SALES), false, new UptimeInput.UserMinutes(100, List.of(), 100L * 180),
                FULL);
    }

    private static ClaimSubmission submitRelays(List<PriorClaim> prior) {
        return ServiceCreditClaim.submit(governing(RELAYS), term(RELAYS), relayFiling(41), prior, RECEIVED, "alice");
    }

    private static ServiceCreditClaim relaysIn(ClaimStatus status) {
        return new ServiceCreditClaim(RELAYS, governing(RELAYS).document(), 1, BillingMonth.calendar(YearMonth.of(2026, 2)),
                new UptimeMinutes(40_320, 500), ApplicableFee.monthlyFee(Money.cny("1000.00")), status, List.of(),
                Optional.empty());
    }

    @Test
    void aSubmissionIsAssessedUnderTheGoverningRulesAndNamesItsDeadline() {
        ClaimSubmission submission = submitRelays(List.of());

        assertThat(submission.claim().status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(submission.claim().governingVersion()).isEqualTo(1);
        assertThat(submission.claim().billingMonth().startMonth()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(submission.assessment().credit().uptime().displayed()).isEqualTo("99.898");
        assertThat(submission.assessment().credit().amount()).isEqualTo(Money.cny("100.00"));
        assertThat(submission.deadline().lastDay()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(submission.expectedDecisionDate()).isEmpty();
        assertThat(submission.change().transition().action()).isEqualTo(ClaimAction.SUBMIT);
        assertThat(submission.change().transition().from()).isEmpty();
        assertThat(submission.change().transition().role()).isEqualTo(ActorRole.CUSTOMER);
    }

    @Test
    void aDynamicsClaimIsDecidedWithin45DaysOfReceipt() {
        ClaimSubmission submission = ServiceCreditClaim.submit(governing(SALES), term(SALES), salesFiling(), List.of(),
                RECEIVED, "alice");

        assertThat(submission.expectedDecisionDate()).contains(LocalDate.of(2026, 4, 19));
        assertThat(submission.deadline().lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @ParameterizedTest(name = "received {0}: accepted = {1}")
    @CsvSource({"2026-04-30T15:59:59Z, true", "2026-04-30T16:00:00Z, false", "2026-06-01T00:00:00Z, false"})
    void aLateClaimIsRefusedNamingTheDeadline(Instant received, boolean accepted) {
        if (accepted) {
            ServiceCreditClaim.submit(governing(RELAYS), term(RELAYS), relayFiling(41), List.of(), received, "alice");
            return;
        }
        assertThatThrownBy(() -> ServiceCreditClaim.submit(governing(RELAYS), term(RELAYS), relayFiling(41), List.of(),
                received, "alice")).isInstanceOfSatisfying(ClaimDeadlinePassed.class,
                        passed -> assertThat(passed.arguments()).containsExactly("2026-04-30"));
    }

    @ParameterizedTest(name = "a {0} claim for the same incident -> refused: {1}")
    @CsvSource({"SUBMITTED, true", "UNDER_REVIEW, true", "NEEDS_INFO, true", "APPROVED, true", "REJECTED, true",
            "WITHDRAWN, false"})
    void aClaimForTheSameIncidentAndSubscriptionBlocksUnlessWithdrawn(ClaimStatus status, boolean refused) {
        List<PriorClaim> prior = List.of(new PriorClaim("CLM-2026-000001", true, RELAYS,
                BillingMonth.calendar(YearMonth.of(2026, 2)), status));
        if (!refused) {
            assertThat(submitRelays(prior).claim().status()).isEqualTo(ClaimStatus.SUBMITTED);
            return;
        }
        assertThatThrownBy(() -> submitRelays(prior)).isInstanceOfSatisfying(DuplicateClaim.class,
                duplicate -> assertThat(duplicate.existingReference()).isEqualTo("CLM-2026-000001"));
    }

    @ParameterizedTest(name = "{0}: another incident''s {1} claim in {2} -> refused: {3}")
    @CsvSource({"dynamics-365-sales-enterprise, SUBMITTED, 2026-02, true",
            "dynamics-365-sales-enterprise, APPROVED, 2026-02, true",
            "dynamics-365-sales-enterprise, REJECTED, 2026-02, false",
            "dynamics-365-sales-enterprise, WITHDRAWN, 2026-02, false",
            "dynamics-365-sales-enterprise, APPROVED, 2026-01, false",
            "dynamics-365-finance-operations, APPROVED, 2026-02, false",
            "service-bus-relays, APPROVED, 2026-02, false"})
    void dynamicsAllowsOneCreditPerLevelAndMonthEvenForAnotherIncident(String priorLevel, ClaimStatus status,
            YearMonth month, boolean refused) {
        ServiceLevelSlug level = new ServiceLevelSlug(priorLevel);
        boolean dynamics = priorLevel.startsWith("dynamics");
        List<PriorClaim> prior = List.of(new PriorClaim("CLM-2026-000007", false,
                dynamics ? level : RELAYS, BillingMonth.calendar(month), status));
        Runnable submit = dynamics
                ? () -> ServiceCreditClaim.submit(governing(SALES), term(SALES), salesFiling(),
                        prior.stream().map(p -> new PriorClaim(p.reference(), false, level, p.billingMonth(), p.status()))
                                .toList(), RECEIVED, "alice")
                : () -> submitRelays(prior);
        if (!refused) {
            submit.run();
            return;
        }
        assertThatThrownBy(submit::run).isInstanceOfSatisfying(SlaRuleViolation.class, violation -> {
            assertThat(violation.code()).isEqualTo("claim.error.credit-already-claimed");
            assertThat(violation.arguments()).containsExactly("2026-02-01", "CLM-2026-000007");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            term ends before the incident     | 2025-01-01 | 2026-02-09 | service-bus-relays        | service-bus-relays | claim.error.outside-term
            term begins after the incident    | 2026-02-11 | 2026-12-31 | service-bus-relays        | service-bus-relays | claim.error.outside-term
            subscription covers another level | 2026-01-01 | 2026-12-31 | service-bus-queues-topics | service-bus-relays | claim.error.level-not-covered
            incident touched another level    | 2026-01-01 | 2026-12-31 | service-bus-relays        | service-bus-queues-topics | claim.error.level-not-affected""")
    void refusesAnIncidentOutsideTheTermOrALevelNotCovered(String what, LocalDate start, LocalDate end,
            String subscribed, String touched, String code) {
        SubscriptionTerm term = new SubscriptionTerm(new ServiceLevelSlug(subscribed), start, end, BillingDay.CALENDAR,
                ApplicableFee.monthlyFee(Money.cny("1000.00")));
        ClaimFiling filing = new ClaimFiling(RELAYS, INCIDENT, INCIDENT.plusSeconds(2460), Set.of(new ServiceLevelSlug(touched)), false,
                relayFiling(41).uptime(), FULL);
        assertThatThrownBy(() -> ServiceCreditClaim.submit(governing(RELAYS), term, filing, List.of(), RECEIVED, "alice"))
                .as(what).isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(code));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an incident that ends when it starts | 2026-02-10T02:00:00Z | 2026-02-10T02:00:00Z | claim.error.incident-period
            an incident that has not begun       | 2026-03-06T02:00:00Z | 2026-03-06T03:00:00Z | claim.error.incident-in-future""")
    void refusesAnIncidentWithoutAPeriodOrStillToCome(String what, Instant start, Instant end, String code) {
        assertThatThrownBy(() -> ServiceCreditClaim.submit(governing(RELAYS), term(RELAYS), new ClaimFiling(RELAYS,
                start, end, Set.of(RELAYS), false, relayFiling(41).uptime(), FULL), List.of(), RECEIVED, "alice"))
                .as(what).isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo(code));
    }

    @Test
    void announcedMaintenanceIsNoIncidentToClaimFor() {
        ClaimFiling maintenance = new ClaimFiling(RELAYS, INCIDENT, INCIDENT.plusSeconds(2460), Set.of(RELAYS), true, relayFiling(41).uptime(), FULL);
        assertThatThrownBy(() -> ServiceCreditClaim.submit(governing(RELAYS), term(RELAYS), maintenance, List.of(),
                RECEIVED, "alice")).isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("claim.error.scheduled-maintenance"));
    }

    @Test
    void refusesAClaimWithoutTheInformationTheVersionRequires() {
        ClaimFiling bare = new ClaimFiling(RELAYS, INCIDENT, INCIDENT.plusSeconds(2460), Set.of(RELAYS), false, relayFiling(41).uptime(),
                new ClaimStatement(" ", Optional.empty(), Optional.empty(), Optional.empty(), ""));
        assertThatThrownBy(() -> ServiceCreditClaim.submit(governing(RELAYS), term(RELAYS), bare, List.of(), RECEIVED,
                "alice")).isInstanceOfSatisfying(ClaimIncomplete.class, incomplete -> assertThat(incomplete.missing())
                        .containsExactly(ClaimInformation.DETAILED_DESCRIPTION,
                                ClaimInformation.AFFECTED_RESOURCES_OR_OPERATIONS, ClaimInformation.RESOLUTION_ATTEMPTS));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "SUBMITTED, START_REVIEW, UNDER_REVIEW", "SUBMITTED, REQUEST_INFORMATION, refused",
            "SUBMITTED, ANSWER, refused", "SUBMITTED, APPROVE, refused", "SUBMITTED, REJECT, refused",
            "SUBMITTED, WITHDRAW, WITHDRAWN",
            "UNDER_REVIEW, START_REVIEW, refused", "UNDER_REVIEW, REQUEST_INFORMATION, NEEDS_INFO",
            "UNDER_REVIEW, ANSWER, refused", "UNDER_REVIEW, APPROVE, APPROVED", "UNDER_REVIEW, REJECT, REJECTED",
            "UNDER_REVIEW, WITHDRAW, WITHDRAWN",
            "NEEDS_INFO, START_REVIEW, refused", "NEEDS_INFO, REQUEST_INFORMATION, refused",
            "NEEDS_INFO, ANSWER, UNDER_REVIEW", "NEEDS_INFO, APPROVE, refused", "NEEDS_INFO, REJECT, REJECTED",
            "NEEDS_INFO, WITHDRAW, WITHDRAWN",
            "APPROVED, START_REVIEW, refused", "APPROVED, REJECT, refused", "APPROVED, WITHDRAW, refused",
            "REJECTED, START_REVIEW, refused", "REJECTED, APPROVE, refused", "REJECTED, WITHDRAW, refused",
            "WITHDRAWN, START_REVIEW, refused", "WITHDRAWN, ANSWER, refused", "WITHDRAWN, APPROVE, refused"})
    void eachStepIsAllowedOnlyFromItsStatuses(ClaimStatus from, ClaimAction action, String expected) {
        ServiceCreditClaim claim = relaysIn(from);
        Runnable step = () -> {
            ClaimChange change = take(claim, action);
            assertThat(change.claim().status()).isEqualTo(ClaimStatus.valueOf(expected));
            assertThat(change.transition().from()).contains(from);
            assertThat(change.transition().role()).isEqualTo(action.role());
            assertThat(ClaimAction.availableIn(from)).contains(action);
        };
        if (!expected.equals("refused")) {
            step.run();
            return;
        }
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ClaimTransitionRefused.class, refused -> {
            assertThat(refused.code()).isEqualTo("claim.error.transition-refused");
            assertThat(refused.arguments()).containsExactly(from.name(), action.name());
        });
        assertThat(ClaimAction.availableIn(from)).doesNotContain(action);
    }

    private static ClaimChange take(ServiceCreditClaim claim, ClaimAction action) {
        Instant at = RECEIVED.plusSeconds(3600);
        return switch (action) {
            case START_REVIEW -> claim.startReview("admin", at);
            case REQUEST_INFORMATION -> claim.requestInformation("admin", "How many users?", at);
            case ANSWER -> claim.answer("alice", "Twenty.", at);
            case APPROVE -> claim.approve(governing(RELAYS), List.of(), "Confirmed.", "admin", at);
            case REJECT -> claim.reject(governing(RELAYS), List.of(CitedExclusion.of("AZ-02")), null, "admin", at);
            case WITHDRAW -> claim.withdraw("alice", "Filed twice.", at);
            case SUBMIT -> throw new IllegalArgumentException("not a step of an existing claim");
        };
    }

    @ParameterizedTest(name = "downtime 500 of 40320, AZ-01 removes {0}, AZ-02 {1} -> {2} left, {3}")
    @CsvSource({"0, , 500, 250.00", "100, 40, 360, 100.00", ", 460, 40, 0.00", "250, 250, 0, 0.00"})
    void aRecomputationShowsTheMinutesEachCitedExclusionRemovesAndWhatRemains(Long az01, Long az02, long left,
            String amount) {
        List<CitedExclusion> cited = List.of(new CitedExclusion("AZ-01", Optional.ofNullable(az01)),
                new CitedExclusion("AZ-02", Optional.ofNullable(az02)));

        ClaimRecomputation recomputation = relaysIn(ClaimStatus.UNDER_REVIEW).recompute(governing(RELAYS), cited);

        assertThat(recomputation.filed()).isEqualTo(new UptimeMinutes(40_320, 500));
        assertThat(recomputation.cited()).isEqualTo(cited);
        assertThat(recomputation.remaining()).isEqualTo(new UptimeMinutes(40_320, left));
        assertThat(recomputation.removedMinutes()).isEqualTo(500 - left);
        assertThat(recomputation.credit().amount()).isEqualTo(Money.cny(amount));
        assertThat(relaysIn(ClaimStatus.UNDER_REVIEW).credit(governing(RELAYS), cited)).isEqualTo(recomputation.credit());
    }

    @ParameterizedTest(name = "downtime 500 of 40320, removing {0} (AZ-01) -> {1} % = {2}")
    @CsvSource({"0, 25, 250.00", "100, 10, 100.00", "459, 10, 100.00", "460, 0, 0.00", "500, 0, 0.00"})
    void anApprovalCreditsTheMonthWithoutTheMinutesRemovedByCitedExclusions(long removed, String percent,
            String amount) {
        ClaimChange approval = relaysIn(ClaimStatus.UNDER_REVIEW).approve(governing(RELAYS),
                List.of(CitedExclusion.removing("AZ-01", removed)), null, "admin", RECEIVED);

        assertThat(approval.claim().approvedCredit()).contains(Money.cny(amount));
        assertThat(approval.transition().approvedCredit()).contains(Money.cny(amount));
        assertThat(relaysIn(ClaimStatus.UNDER_REVIEW).credit(governing(RELAYS),
                List.of(CitedExclusion.removing("AZ-01", removed))).percent().plain()).isEqualTo(percent);
    }

    @Test
    void aWholeMonthDownCreditsTheApplicableFeeAndNoMore() {
        ServiceCreditClaim wholeMonthDown = new ServiceCreditClaim(SALES, governing(SALES).document(), 1,
                BillingMonth.calendar(YearMonth.of(2026, 2)), new UptimeMinutes(40_320, 40_320),
                ApplicableFee.resellerRetailPrice(Money.cny("1200.00")), ClaimStatus.UNDER_REVIEW, List.of(),
                Optional.empty());
        assertThat(wholeMonthDown.approve(governing(SALES), List.of(), null, "admin", RECEIVED).claim().approvedCredit())
                .contains(Money.cny("1200.00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an exclusion of another document | D365-06 | 0   | claim.error.unknown-exclusion
            more minutes than the downtime   | AZ-01   | 501 | claim.error.excluded-exceeds-downtime""")
    void anApprovalCitesOnlyExclusionsOfTheGoverningVersionWithinTheDowntime(String what, String code, long removed,
            String error) {
        assertThatThrownBy(() -> relaysIn(ClaimStatus.UNDER_REVIEW).approve(governing(RELAYS),
                List.of(CitedExclusion.removing(code, removed)), null, "admin", RECEIVED)).as(what)
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> assertThat(violation.code()).isEqualTo(error));
    }

    @Test
    void aRejectionCitesAnExclusionOrGivesAReason() {
        ServiceCreditClaim claim = relaysIn(ClaimStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> claim.reject(governing(RELAYS), List.of(), "  ", "admin", RECEIVED))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("claim.error.rejection-needs-reason"));
        assertThat(claim.reject(governing(RELAYS), List.of(), "Own network.", "admin", RECEIVED).transition().reason())
                .contains("Own network.");
        assertThat(claim.reject(governing(RELAYS), List.of(CitedExclusion.of("AZ-02")), null, "admin", RECEIVED)
                .claim().exclusions()).extracting(CitedExclusion::code).containsExactly("AZ-02");
        assertThatThrownBy(() -> claim.reject(governing(RELAYS), List.of(CitedExclusion.of("AZ-99")), null, "admin",
                RECEIVED)).isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("claim.error.unknown-exclusion"));
    }

    @ParameterizedTest(name = "{0} without text is refused with {1}")
    @CsvSource({"REQUEST_INFORMATION, claim.error.question-required", "ANSWER, claim.error.answer-required"})
    void aQuestionAndAnAnswerNeedText(ClaimAction action, String code) {
        ServiceCreditClaim claim = relaysIn(action == ClaimAction.ANSWER ? ClaimStatus.NEEDS_INFO : ClaimStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> {
            if (action == ClaimAction.ANSWER) {
                claim.answer("alice", "", RECEIVED);
            } else {
                claim.requestInformation("admin", null, RECEIVED);
            }
        }).isInstanceOfSatisfying(SlaRuleViolation.class, violation -> assertThat(violation.code()).isEqualTo(code));
    }

    @Test
    void theStatusesThatBlockAndHoldCredits() {
        assertThat(ClaimStatus.WITHDRAWN.blocksAnotherClaim()).isFalse();
        assertThat(ClaimStatus.REJECTED.blocksAnotherClaim()).isTrue();
        assertThat(ClaimStatus.REJECTED.holdsTheMonthsCredit()).isFalse();
        assertThat(ClaimStatus.APPROVED.isFinal()).isTrue();
        assertThat(ClaimStatus.NEEDS_INFO.isFinal()).isFalse();
    }
}
