package cn.slaportal.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.SlaRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineRuleTest {

    private static final DeadlineRule TWO_BILLING_MONTHS = DeadlineRule.billingMonths(2);
    private static final DeadlineRule FOLLOWING_CALENDAR_MONTH = DeadlineRule.calendarMonths(1);
    private static final DecisionPeriod DYNAMICS_365 = new DecisionPeriod(45);

    @ParameterizedTest(name = "incident {0}, billing day {1} -> {2}")
    @CsvSource({
            "2026-01-31, 1, 2026-03-31", "2026-02-15, 1, 2026-04-30", "2026-01-01, 1, 2026-03-31",
            "2026-12-31, 1, 2027-02-28", "2027-12-01, 1, 2028-02-29", "2023-12-15, 1, 2024-02-29",
            "2026-02-15, 15, 2026-05-14", "2026-02-14, 15, 2026-04-14", "2026-01-15, 15, 2026-04-14",
            "2026-02-28, 28, 2026-05-27", "2026-02-27, 28, 2026-04-27", "2026-03-01, 28, 2026-05-27",
            "2025-12-28, 28, 2026-03-27", "2025-12-20, 28, 2026-02-27"})
    void twoBillingMonthsEndsWithTheSecondBillingMonthAfterTheIncident(LocalDate incident, int billingDay,
            LocalDate deadline) {
        assertThat(TWO_BILLING_MONTHS.deadlineFor(incident, new BillingDay(billingDay)).lastDay())
                .isEqualTo(deadline);
    }

    @ParameterizedTest(name = "incident {0} -> {1}")
    @CsvSource({"2026-02-15, 2026-03-31", "2026-01-31, 2026-02-28", "2028-01-10, 2028-02-29",
            "2024-01-01, 2024-02-29", "2026-12-31, 2027-01-31", "2026-03-01, 2026-04-30"})
    void followingCalendarMonthEndsWithTheNextCalendarMonth(LocalDate incident, LocalDate deadline) {
        assertThat(FOLLOWING_CALENDAR_MONTH.deadlineFor(incident, new BillingDay(15)).lastDay())
                .isEqualTo(deadline);
    }

    @Test
    void theIncidentDateIsItsDateInShanghai() {
        Instant lateOnJanuary31Utc = Instant.parse("2026-01-31T17:00:00Z");
        assertThat(FOLLOWING_CALENDAR_MONTH.deadlineFor(lateOnJanuary31Utc, BillingDay.CALENDAR).lastDay())
                .isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @ParameterizedTest(name = "received {0}: late = {1}")
    @CsvSource({"2026-03-31T23:59:59+08:00, false", "2026-03-31T15:59:59Z, false", "2026-03-31T16:00:00Z, true",
            "2026-04-01T00:00:00+08:00, true", "2026-03-01T09:00:00+08:00, false"})
    void deadlineIsInclusiveTo235959InShanghai(String received, boolean late) {
        ClaimDeadline deadline = FOLLOWING_CALENDAR_MONTH.deadlineFor(LocalDate.of(2026, 2, 15));
        assertThat(deadline.isLate(java.time.OffsetDateTime.parse(received).toInstant())).isEqualTo(late);
    }

    @ParameterizedTest(name = "decision {0}, at {1} -> {2} days left")
    @CsvSource({"2026-04-15, 2026-04-15T00:00:00+08:00, 0", "2026-04-15, 2026-04-14T23:59:59+08:00, 1",
            "2026-04-15, 2026-04-15T16:00:00Z, -1", "2026-04-15, 2026-03-01T09:00:00+08:00, 45",
            "2026-03-01, 2026-04-15T09:00:00+08:00, -45"})
    void theDaysLeftBeforeADecisionCountShanghaiDates(LocalDate decision, String at, long daysLeft) {
        assertThat(DecisionPeriod.daysLeft(decision, java.time.OffsetDateTime.parse(at).toInstant())).isEqualTo(daysLeft);
    }

    @Test
    void closesAt235959ShanghaiTime() {
        assertThat(new ClaimDeadline(LocalDate.of(2026, 3, 31)).closesAt())
                .isEqualTo(Instant.parse("2026-03-31T15:59:59Z"));
    }

    @Test
    void refusesALateClaimNamingTheDeadline() {
        ClaimDeadline deadline = TWO_BILLING_MONTHS.deadlineFor(LocalDate.of(2026, 2, 15));
        assertThatThrownBy(() -> deadline.requireOnTime(Instant.parse("2026-04-30T16:00:00Z")))
                .isInstanceOfSatisfying(ClaimDeadlinePassed.class, passed -> {
                    assertThat(passed.code()).isEqualTo("deadline.error.passed");
                    assertThat(passed.arguments()).containsExactly("2026-04-30");
                    assertThat(passed.deadline()).isEqualTo(deadline);
                });
    }

    @Test
    void acceptsAClaimOnTheLastDay() {
        ClaimDeadline deadline = TWO_BILLING_MONTHS.deadlineFor(LocalDate.of(2026, 2, 15));
        deadline.requireOnTime(Instant.parse("2026-04-30T15:59:59Z"));
        assertThat(deadline.isLate(Instant.parse("2026-04-30T15:59:59Z"))).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} after an incident on {2} (billing day {3}) -> {4}")
    @CsvSource({
            "BILLING_MONTHS, 1, 2026-01-31, 1, 2026-02-28", "BILLING_MONTHS, 1, 2026-02-15, 1, 2026-03-31",
            "BILLING_MONTHS, 1, 2026-02-15, 15, 2026-04-14", "BILLING_MONTHS, 3, 2026-02-15, 1, 2026-05-31",
            "BILLING_MONTHS, 12, 2026-02-15, 1, 2027-02-28", "CALENDAR_MONTHS, 2, 2026-02-15, 15, 2026-04-30",
            "CALENDAR_MONTHS, 1, 2026-12-31, 1, 2027-01-31", "CALENDAR_MONTHS, 24, 2026-01-10, 1, 2028-01-31"})
    void theNthMonthAfterTheIncidentsMonthEndsTheClaimPeriod(DeadlineRule.Kind kind, int months, LocalDate incident,
            int billingDay, LocalDate deadline) {
        assertThat(new DeadlineRule(kind, months).deadlineFor(incident, new BillingDay(billingDay)).lastDay())
                .isEqualTo(deadline);
    }

    @ParameterizedTest(name = "{0} months is refused")
    @CsvSource({"0", "-1", "25"})
    void refusesAClaimPeriodOutsideOneTo24Months(int months) {
        assertThatThrownBy(() -> DeadlineRule.billingMonths(months)).isInstanceOfSatisfying(SlaRuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo("rules.error.deadline-months"));
    }

    @ParameterizedTest
    @CsvSource({"2026-02-15, 2026-04-01", "2026-12-20, 2027-02-03", "2028-01-31, 2028-03-16"})
    void dynamicsClaimsAreDecidedWithin45DaysOfReceipt(LocalDate receipt, LocalDate decision) {
        assertThat(DYNAMICS_365.expectedDecisionDate(receipt)).isEqualTo(decision);
    }

    @Test
    void receiptDateIsTheShanghaiDate() {
        assertThat(DYNAMICS_365.expectedDecisionDate(Instant.parse("2026-02-14T16:30:00Z")))
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }
}
