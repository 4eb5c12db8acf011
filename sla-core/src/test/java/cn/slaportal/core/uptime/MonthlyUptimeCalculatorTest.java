package cn.slaportal.core.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.BillingMonth;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthlyUptimeCalculatorTest {

    private final MonthlyUptimeCalculator calculator = new MonthlyUptimeCalculator();

    private static BillingMonth month(String yearMonth) {
        return BillingMonth.calendar(YearMonth.parse(yearMonth));
    }

    private static UptimeInput.DeploymentMinutes resources(ResourceMinutes... resources) {
        return new UptimeInput.DeploymentMinutes(List.of(resources));
    }

    @Test
    void deploymentMinutesSumOverResources() {
        UptimeMinutes minutes = calculator.calculate(month("2026-01"),
                resources(new ResourceMinutes("relay-a", 44640, 40), new ResourceMinutes("relay-b", 10000, 5)));
        assertThat(minutes).isEqualTo(new UptimeMinutes(54640, 45));
        assertThat(minutes.percentage().displayed()).isEqualTo("99.917");
    }

    @ParameterizedTest
    @CsvSource({"2026-01, 44640", "2026-04, 43200", "2026-02, 40320", "2028-02, 41760", "2024-02, 41760"})
    void aResourceMayBeDeployedTheWholeMonthButNotLonger(String yearMonth, long minutesInMonth) {
        assertThat(calculator.calculate(month(yearMonth), resources(new ResourceMinutes("q", minutesInMonth, 0)))
                .availableMinutes()).isEqualTo(minutesInMonth);
        assertThatThrownBy(() -> calculator.calculate(month(yearMonth),
                resources(new ResourceMinutes("q", minutesInMonth + 1, 0))))
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("uptime.error.deployed-exceeds-month");
                    assertThat(violation.arguments()).containsExactly("q", minutesInMonth + 1, minutesInMonth);
                });
    }

    @Test
    void billingMonthFromThe15thCountsItsOwnLength() {
        BillingMonth fromFeb15 = new BillingMonth(YearMonth.of(2026, 2), new BillingDay(15));
        assertThatThrownBy(() -> calculator.calculate(fromFeb15, resources(new ResourceMinutes("q", 40321, 0))))
                .isInstanceOf(SlaRuleViolation.class);
    }

    @Test
    void resourcesDeployedZeroMinutesGiveNoAvailableMinutes() {
        assertThatThrownBy(() -> calculator.calculate(month("2026-01"), resources(new ResourceMinutes("q", 0, 0))))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("uptime.error.no-available-minutes"));
    }

    @ParameterizedTest
    @CsvSource({"-1, 0, uptime.error.negative-minutes", "10, -1, uptime.error.negative-minutes",
            "10, 11, uptime.error.downtime-exceeds-available"})
    void refusesInvalidResourceMinutes(long deployed, long downtime, String code) {
        assertThatThrownBy(() -> new ResourceMinutes("r", deployed, downtime))
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> assertThat(violation.code()).isEqualTo(code));
    }

    @Test
    void refusesAnEmptyResourceList() {
        assertThatThrownBy(() -> new UptimeInput.DeploymentMinutes(List.of()))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("uptime.error.no-resources"));
    }

    @Test
    void userMinutesAreMinutesInMonthTimesUsers() {
        UptimeMinutes minutes = calculator.calculate(month("2026-04"),
                new UptimeInput.UserMinutes(100, List.of(), 432_000));
        assertThat(minutes).isEqualTo(new UptimeMinutes(4_320_000, 432_000));
        assertThat(minutes.percentage().displayed()).isEqualTo("90.000");
    }

    @Test
    void maintenanceAnnouncedFiveDaysAheadIsScheduledDowntimeAndLeavesTheAvailableMinutes() {
        UptimeMinutes minutes = calculator.calculate(month("2026-04"),
                new UptimeInput.UserMinutes(10, List.of(Maintenance.withNoticeDays(120, 5)), 0));
        assertThat(minutes).isEqualTo(new UptimeMinutes((43_200 - 120) * 10, 0));
    }

    @Test
    void maintenanceAnnouncedFourDaysAheadIsDowntimeForAllUsers() {
        UptimeMinutes minutes = calculator.calculate(month("2026-04"),
                new UptimeInput.UserMinutes(10, List.of(Maintenance.withNoticeDays(120, 4)), 30));
        assertThat(minutes).isEqualTo(new UptimeMinutes(432_000, 30 + 1200));
    }

    @Test
    void noticeIsMeasuredFromAnnouncementToStart() {
        Instant began = Instant.parse("2026-04-10T02:00:00Z");
        assertThat(Maintenance.announced(began.minus(Duration.ofDays(5)), began, 60).isScheduledDowntime()).isTrue();
        assertThat(Maintenance.announced(began.minus(Duration.ofDays(5)).plusSeconds(1), began, 60)
                .isScheduledDowntime()).isFalse();
        assertThat(Maintenance.announced(began.plusSeconds(60), began, 60).isScheduledDowntime()).isFalse();
    }

    @Test
    void scheduledDowntimeLongerThanTheMonthIsRefused() {
        assertThatThrownBy(() -> calculator.calculate(month("2026-02"),
                new UptimeInput.UserMinutes(5, List.of(Maintenance.withNoticeDays(40_321, 7)), 0)))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("uptime.error.scheduled-exceeds-month"));
    }

    @Test
    void scheduledDowntimeOfTheWholeMonthLeavesNoUserMinutes() {
        assertThatThrownBy(() -> calculator.calculate(month("2026-02"),
                new UptimeInput.UserMinutes(5, List.of(Maintenance.withNoticeDays(40_320, 7)), 0)))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("uptime.error.no-available-minutes"));
    }

    @Test
    void zeroUsersIsRefused() {
        assertThatThrownBy(() -> new UptimeInput.UserMinutes(0, List.of(), 0))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("uptime.error.no-users"));
    }

    @Test
    void userDowntimeAboveUserMinutesIsRefused() {
        assertThatThrownBy(() -> calculator.calculate(month("2026-02"), new UptimeInput.UserMinutes(2, List.of(), 80_641)))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("uptime.error.downtime-exceeds-available"));
    }

    @Test
    void hugeUserCountsOverflowIntoAClearError() {
        assertThatThrownBy(() -> calculator.calculate(month("2026-01"),
                new UptimeInput.UserMinutes(Long.MAX_VALUE / 10, List.of(), 0)))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("uptime.error.too-large"));
    }

    @Test
    void tenantMinutesSubtractScheduledAndAddUnannouncedMaintenance() {
        UptimeMinutes minutes = calculator.calculate(month("2026-01"), new UptimeInput.TenantMinutes(44_640, 30,
                List.of(Maintenance.withNoticeDays(240, 6), Maintenance.withNoticeDays(15, 1))));
        assertThat(minutes).isEqualTo(new UptimeMinutes(44_400, 45));
    }

    @Test
    void tenantDeployedLongerThanTheMonthIsRefused() {
        assertThatThrownBy(() -> calculator.calculate(month("2026-02"), new UptimeInput.TenantMinutes(40_321, 0,
                List.of()))).isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("uptime.error.deployed-exceeds-month"));
    }
}
