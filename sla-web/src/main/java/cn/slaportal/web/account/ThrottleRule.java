package cn.slaportal.web.account;

import cn.slaportal.persistence.account.FailedSignIns;
import java.time.Duration;
import java.time.Instant;

/**
 * When counted failed sign-ins hold further attempts back: the first {@code freeFailures} cost nothing; each
 * failure beyond them doubles the delay after the last failure, from {@code firstDelay} up to {@code maximumDelay}.
 * A count whose last failure is older than {@code memory} is forgotten.
 */
record ThrottleRule(int freeFailures, Duration firstDelay, Duration maximumDelay, Duration memory) {

    ThrottleRule {
        if (freeFailures < 1 || firstDelay.isNegative() || firstDelay.isZero() || maximumDelay.compareTo(firstDelay) < 0
                || memory.compareTo(maximumDelay) < 0) {
            throw new IllegalArgumentException("inconsistent throttle rule");
        }
    }

    /** The delay after the last of {@code failures} failures; zero while they are free. */
    Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = failures - freeFailures;
        long cap = maximumDelay.toMillis() / firstDelay.toMillis();
        long factor = doublings >= Long.SIZE - 2 ? Long.MAX_VALUE : 1L << doublings;
        return factor >= cap ? maximumDelay : firstDelay.multipliedBy(factor);
    }

    /** Whether an attempt at {@code now} is held back by these counted failures. */
    boolean holdsBack(FailedSignIns counted, Instant now) {
        if (remembers(counted, now)) {
            return now.isBefore(counted.lastFailureAt().plus(delayAfter(counted.failures())));
        }
        return false;
    }

    /** Whether the count still matters at {@code now}. */
    boolean remembers(FailedSignIns counted, Instant now) {
        return counted.failures() > 0 && counted.lastFailureAt().isAfter(forgetBefore(now));
    }

    /** Failures before this instant are forgotten. */
    Instant forgetBefore(Instant now) {
        return now.minus(memory);
    }
}
