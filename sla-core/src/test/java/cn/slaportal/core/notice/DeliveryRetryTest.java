package cn.slaportal.core.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryRetryTest {

    private static final Instant FAILED_AT = Instant.parse("2026-12-01T02:00:00Z");

    @ParameterizedTest(name = "after failed attempt {0}: next attempt at {1}")
    @CsvSource(nullValues = "GIVEN_UP", textBlock = """
            1, 2026-12-01T02:01:00Z
            2, 2026-12-01T02:05:00Z
            3, 2026-12-01T02:15:00Z
            4, 2026-12-01T03:00:00Z
            5, 2026-12-01T06:00:00Z
            6, GIVEN_UP
            7, GIVEN_UP
            """)
    void theStandardRetryBacksOffAndGivesUpAfterTheSixthAttempt(int failedAttempts, Instant next) {
        assertThat(DeliveryRetry.STANDARD.nextAttempt(failedAttempts, FAILED_AT)).isEqualTo(Optional.ofNullable(next));
    }

    @Test
    void theStandardRetryMakesSixAttemptsInAll() {
        assertThat(DeliveryRetry.STANDARD.maximumAttempts()).isEqualTo(6);
    }

    @Test
    void noRetryAtAllGivesUpAfterTheFirstAttempt() {
        assertThat(new DeliveryRetry(List.of()).nextAttempt(1, FAILED_AT)).isEmpty();
    }

    @Test
    void refusesADelayThatIsNotPositive() {
        assertThatThrownBy(() -> new DeliveryRetry(List.of(Duration.ZERO))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToPlanBeforeAnyAttemptFailed() {
        assertThatThrownBy(() -> DeliveryRetry.STANDARD.nextAttempt(0, FAILED_AT)).isInstanceOf(IllegalArgumentException.class);
    }
}
