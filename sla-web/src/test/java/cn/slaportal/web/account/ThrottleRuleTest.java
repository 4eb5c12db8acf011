package cn.slaportal.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.persistence.account.FailedSignIns;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThrottleRuleTest {

    private static final ThrottleRule RULE = new ThrottleRule(5, Duration.ofSeconds(1), Duration.ofMinutes(15),
            Duration.ofHours(24));
    private static final Instant LAST_FAILURE = Instant.parse("2026-02-10T02:00:00Z");

    @ParameterizedTest(name = "{0} failures: {1} s")
    @CsvSource({
            "0, 0",
            "4, 0",
            "5, 1",
            "6, 2",
            "7, 4",
            "14, 512",
            "15, 900",
            "16, 900",
            "100, 900",
            "2147483647, 900"})
    void delayDoublesFromTheFirstFailureBeyondTheFreeOnesUpToTheMaximum(int failures, long seconds) {
        assertThat(RULE.delayAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0} failures, {1} s after the last: held back {2}")
    @CsvSource({
            "4, 0, false",
            "5, 0, true",
            "5, 1, false",
            "7, 3, true",
            "7, 4, false",
            "30, 899, true",
            "30, 900, false",
            "30, 86400, false"})
    void holdsBackAnAttemptUntilTheDelayAfterTheLastFailureHasPassed(int failures, long secondsLater, boolean heldBack) {
        FailedSignIns counted = new FailedSignIns(failures, LAST_FAILURE);

        assertThat(RULE.holdsBack(counted, LAST_FAILURE.plusSeconds(secondsLater))).isEqualTo(heldBack);
    }

    @ParameterizedTest(name = "{0} failures, {1} s after the last: remembered {2}")
    @CsvSource({
            "0, 0, false",
            "1, 0, true",
            "1, 86399, true",
            "1, 86400, false",
            "50, 90000, false"})
    void forgetsCountsWhoseLastFailureIsOlderThanItsMemory(int failures, long secondsLater, boolean remembered) {
        FailedSignIns counted = new FailedSignIns(failures, LAST_FAILURE);

        assertThat(RULE.remembers(counted, LAST_FAILURE.plusSeconds(secondsLater))).isEqualTo(remembered);
    }
}
