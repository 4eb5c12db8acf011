package cn.slaportal.core.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a delivery that failed is tried again: after the n-th failed attempt, {@code delays[n-1]} later; after the
 * last one ({@link #maximumAttempts()}) it is given up. The delays grow, so an SMTP outage of hours loses nothing
 * while a broken address stops after a bounded number of attempts.
 */
public record DeliveryRetry(List<Duration> delays) {

    /** Six attempts over about five and a half hours: 1 min, 5 min, 15 min, 1 h and 4 h apart. */
    public static final DeliveryRetry STANDARD = new DeliveryRetry(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4)));

    public DeliveryRetry {
        delays = List.copyOf(Objects.requireNonNull(delays, "delays"));
        for (Duration delay : delays) {
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("retry delays must be positive: " + delay);
            }
        }
    }

    /** Attempts in all, the first one included. */
    public int maximumAttempts() {
        return delays.size() + 1;
    }

    /**
     * The next attempt after the {@code failedAttempts}-th attempt failed at {@code failedAt}; empty when that was
     * the last attempt (the delivery is given up).
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt failed: " + failedAttempts);
        }
        if (failedAttempts > delays.size()) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delays.get(failedAttempts - 1)));
    }
}
