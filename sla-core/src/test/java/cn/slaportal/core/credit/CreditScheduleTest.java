package cn.slaportal.core.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.uptime.UptimePercentage;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditScheduleTest {

    /** The tables of Service Bus v1 and Dynamics 365 v1. */
    static final CreditSchedule SERVICE_BUS_CREDITS = CreditSchedule.of(
            CreditTier.below("99.9", "10"), CreditTier.below("99", "25"));
    static final CreditSchedule DYNAMICS_365_CREDITS = CreditSchedule.of(
            CreditTier.below("99.9", "25"), CreditTier.below("99", "50"), CreditTier.below("95", "100"));

    private final CreditCalculator calculator = new CreditCalculator();

    @ParameterizedTest(name = "Service Bus {0} % -> {1} %")
    @CsvSource({"100, 0", "99.95, 0", "99.9, 0", "99.8999999, 10", "99.899, 10", "99.5, 10", "99.0000001, 10",
            "99, 10", "98.9999999, 25", "95, 25", "0, 25"})
    void serviceBusTiers(String uptime, String credit) {
        assertThat(SERVICE_BUS_CREDITS.creditFor(UptimePercentage.of(uptime)).plain())
                .isEqualTo(credit);
    }

    @ParameterizedTest(name = "Dynamics {0} % -> {1} %")
    @CsvSource({"100, 0", "99.9, 0", "99.89, 25", "99, 25", "98.99, 50", "95, 50", "94.999, 100", "0, 100"})
    void dynamicsTiers(String uptime, String credit) {
        assertThat(DYNAMICS_365_CREDITS.creditFor(UptimePercentage.of(uptime)).plain())
                .isEqualTo(credit);
    }

    @Test
    void exactly99Point9EarnsNoCredit() {
        assertThat(SERVICE_BUS_CREDITS.tierFor(UptimePercentage.fromMinutes(10_000, 10))).isEmpty();
    }

    @Test
    void exactly99EarnsTheFirstTierOnly() {
        assertThat(DYNAMICS_365_CREDITS.tierFor(UptimePercentage.fromMinutes(100, 1)))
                .contains(CreditTier.below("99.9", "25"));
    }

    @Test
    void exactly95Earns50Not100() {
        assertThat(DYNAMICS_365_CREDITS.creditFor(UptimePercentage.fromMinutes(20, 1)).plain())
                .isEqualTo("50");
    }

    @ParameterizedTest
    @CsvSource({"99.899, 1000.00, 10, 100.00", "99.9, 1000.00, 0, 0.00", "98.5, 1000.00, 25, 250.00",
            "98.5, 333.33, 25, 83.33", "99.5, 0.05, 10, 0.01", "99.5, 0.00, 10, 0.00"})
    void serviceBusCreditAmountIsPercentOfFeeHalfUp(String uptime, String fee, String percent, String amount) {
        ServiceCredit credit = calculator.assess(SERVICE_BUS_CREDITS, UptimePercentage.of(uptime),
                ApplicableFee.monthlyFee(Money.cny(fee)));
        assertThat(credit.percent().plain()).isEqualTo(percent);
        assertThat(credit.amount().plain()).isEqualTo(amount);
    }

    @Test
    void aHundredPercentCreditIsTheWholeFeeAndNeverMore() {
        ServiceCredit credit = calculator.assess(DYNAMICS_365_CREDITS, UptimePercentage.of("50"),
                ApplicableFee.monthlyFee(Money.cny("987.65")));
        assertThat(credit.amount()).isEqualTo(Money.cny("987.65"));
    }

    @Test
    void resellerCreditIsOnTheEstimatedRetailPriceAndPaidThroughTheReseller() {
        ServiceCredit credit = calculator.assess(DYNAMICS_365_CREDITS, UptimePercentage.of("98"),
                ApplicableFee.resellerRetailPrice(Money.cny("1200.00")));
        assertThat(credit.amount().plain()).isEqualTo("600.00");
        assertThat(credit.paidThroughReseller()).isTrue();
    }

    @Test
    void suiteCreditIsOnTheRecordedProRataShare() {
        ServiceCredit credit = calculator.assess(DYNAMICS_365_CREDITS, UptimePercentage.of("99.5"),
                ApplicableFee.suiteShare(Money.cny("416.67")));
        assertThat(credit.amount().plain()).isEqualTo("104.17");
        assertThat(credit.paidThroughReseller()).isFalse();
        assertThat(credit.fee().basis()).isEqualTo(FeeBasis.SUITE_PRO_RATA_SHARE);
    }

    @Test
    void dynamicsAllowsOneCreditPerServicePerMonthlyPeriod() {
        CreditFrequencyRule rule = CreditFrequencyRule.ONE_PER_SERVICE_PER_MONTHLY_PERIOD;
        List<YearMonth> credited = List.of(YearMonth.of(2026, 1));
        assertThat(rule.allowsAnotherCredit(YearMonth.of(2026, 1), credited)).isFalse();
        assertThat(rule.allowsAnotherCredit(YearMonth.of(2026, 2), credited)).isTrue();
        assertThat(rule.allowsAnotherCredit(YearMonth.of(2026, 1), List.of())).isTrue();
        assertThat(CreditFrequencyRule.CAPPED_BY_MONTHLY_FEE.allowsAnotherCredit(YearMonth.of(2026, 1), credited))
                .isTrue();
    }

    @Test
    void creditsOfAMonthStayWithinItsFee() {
        assertThat(CreditFrequencyRule.remainingCap(Money.cny("100.00"), Money.cny("25.00")).plain()).isEqualTo("75.00");
        assertThat(CreditFrequencyRule.remainingCap(Money.cny("100.00"), Money.cny("125.00"))).isEqualTo(Money.ZERO);
    }

    @Test
    void schedulesMustDescendInThresholdAndAscendInCredit() {
        assertThatThrownBy(() -> CreditSchedule.of(CreditTier.below("99", "10"), CreditTier.below("99.9", "25")))
                .isInstanceOfSatisfying(cn.slaportal.core.SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("rules.error.tiers-order"));
        assertThatThrownBy(() -> CreditSchedule.of(CreditTier.below("99.9", "25"), CreditTier.below("99", "10")))
                .isInstanceOfSatisfying(cn.slaportal.core.SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("rules.error.tiers-order"));
    }
}
