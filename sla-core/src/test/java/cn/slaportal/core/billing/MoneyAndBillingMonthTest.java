package cn.slaportal.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.SlaRuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyAndBillingMonthTest {

    @ParameterizedTest
    @CsvSource({"1000.00, 10, 100.00", "333.33, 25, 83.33", "0.05, 10, 0.01", "0.04, 10, 0.00",
            "100.10, 25, 25.03", "999.99, 100, 999.99", "1234.56, 50, 617.28"})
    void percentRoundsHalfUpToTheFen(String amount, String percent, String expected) {
        assertThat(Money.cny(amount).percent(new BigDecimal(percent)).plain()).isEqualTo(expected);
    }

    @Test
    void keepsScaleTwo() {
        assertThat(Money.cny("12").plain()).isEqualTo("12.00");
        assertThat(Money.cny("12.5000").plain()).isEqualTo("12.50");
    }

    @ParameterizedTest
    @CsvSource({"-1.00, money.error.negative", "1.001, money.error.too-many-decimals",
            "1000000000000000, money.error.too-large", "abc, money.error.not-a-number"})
    void refusesInvalidAmounts(String amount, String code) {
        assertThatThrownBy(() -> Money.cny(amount)).isInstanceOfSatisfying(SlaRuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo(code));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 29, 31, -1})
    void billingDayMustLieBetween1And28(int day) {
        assertThatThrownBy(() -> new BillingDay(day)).isInstanceOfSatisfying(SlaRuleViolation.class,
                violation -> assertThat(violation.code()).isEqualTo("billing.error.billing-day-out-of-range"));
    }

    @ParameterizedTest
    @CsvSource({"2026-01, 44640", "2026-02, 40320", "2028-02, 41760", "2024-02, 41760", "2026-04, 43200",
            "2100-02, 40320", "2000-02, 41760"})
    void calendarMonthMinutesFollowMonthLength(String month, long minutes) {
        assertThat(BillingMonth.calendar(YearMonth.parse(month)).minutes()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @CsvSource({"2026-02-15, 1, 2026-02-01, 2026-02-28", "2026-02-15, 15, 2026-02-15, 2026-03-14",
            "2026-02-14, 15, 2026-01-15, 2026-02-14", "2026-03-01, 28, 2026-02-28, 2026-03-27",
            "2026-02-27, 28, 2026-01-28, 2026-02-27", "2028-02-29, 1, 2028-02-01, 2028-02-29"})
    void billingMonthRunsFromBillingDayToTheDayBeforeItNextMonth(LocalDate date, int day, LocalDate first,
            LocalDate last) {
        BillingMonth month = BillingMonth.containing(date, new BillingDay(day));
        assertThat(month.firstDay()).isEqualTo(first);
        assertThat(month.lastDay()).isEqualTo(last);
        assertThat(month.contains(date)).isTrue();
    }

    @Test
    void billingMonthFromThe15thOfFebruaryHas28Days() {
        assertThat(new BillingMonth(YearMonth.of(2026, 2), new BillingDay(15)).minutes()).isEqualTo(28 * 1440);
        assertThat(new BillingMonth(YearMonth.of(2028, 2), new BillingDay(15)).minutes()).isEqualTo(29 * 1440);
    }
}
