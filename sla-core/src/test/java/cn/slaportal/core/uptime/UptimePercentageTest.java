package cn.slaportal.core.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.SlaRuleViolation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UptimePercentageTest {

    @ParameterizedTest
    @CsvSource({"99.8996, 99.899", "99.9, 99.900", "100, 100.000", "0, 0.000", "99.99999, 99.999",
            "98.9999999, 98.999", "95.0005, 95.000"})
    void displaysRoundedDownToThreeDecimals(String exact, String displayed) {
        assertThat(UptimePercentage.of(exact).displayed()).isEqualTo(displayed);
    }

    @ParameterizedTest
    @CsvSource({"44640, 45, 99.899", "44640, 44, 99.901", "43200, 43, 99.900", "43200, 44, 99.898",
            "1000, 1, 99.900", "3, 1, 66.666", "10000, 10, 99.900", "10000, 11, 99.890"})
    void computesFromMinutes(long available, long downtime, String displayed) {
        assertThat(UptimePercentage.fromMinutes(available, downtime).displayed()).isEqualTo(displayed);
    }

    @Test
    void exactlyTenInTenThousandIsExactly99Point9() {
        UptimePercentage uptime = UptimePercentage.fromMinutes(10_000, 10);
        assertThat(uptime.isBelow(new BigDecimal("99.9"))).isFalse();
        assertThat(uptime.value()).isEqualByComparingTo("99.9");
    }

    @Test
    void aHairBelow99Point9IsBelowEvenWhenItWouldRoundUp() {
        UptimePercentage uptime = UptimePercentage.fromMinutes(1_000_000_000L, 1_000_001L);
        assertThat(uptime.isBelow(new BigDecimal("99.9"))).isTrue();
        assertThat(uptime.displayed()).isEqualTo("99.899");
    }

    @ParameterizedTest
    @CsvSource({"0, 0, uptime.error.no-available-minutes", "-5, 0, uptime.error.no-available-minutes",
            "100, -1, uptime.error.negative-minutes", "100, 101, uptime.error.downtime-exceeds-available"})
    void refusesInvalidMinutes(long available, long downtime, String code) {
        assertThatThrownBy(() -> UptimePercentage.fromMinutes(available, downtime))
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> assertThat(violation.code()).isEqualTo(code));
    }

    @ParameterizedTest
    @CsvSource({"-0.001", "100.0001"})
    void refusesPercentagesOutsideZeroToHundred(String value) {
        assertThatThrownBy(() -> UptimePercentage.of(value)).isInstanceOf(SlaRuleViolation.class);
    }
}
