package cn.slaportal.core.uptime;

import cn.slaportal.core.SlaRuleViolation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A Monthly Uptime Percentage between 0 and 100.
 * <p>
 * Computed from minutes, the quotient is kept to {@value #SCALE} decimals rounded DOWN. That is exact for
 * every comparison this code makes: a threshold t with at most {@value #SCALE} decimals satisfies
 * {@code truncate(x) < t} exactly when {@code x < t}, because truncation never crosses a number it can
 * represent. {@link #displayed()} rounds DOWN to three decimals, so a displayed figure never sits in a
 * better tier than the exact one (99.8996 shows as 99.899, not 99.900).
 */
public record UptimePercentage(BigDecimal value) implements Comparable<UptimePercentage> {

    /** Decimals kept; thresholds may have at most this many. */
    public static final int SCALE = 12;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigInteger HUNDRED_INT = BigInteger.valueOf(100);

    public UptimePercentage {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new SlaRuleViolation("uptime.error.percentage-out-of-range", value.toPlainString());
        }
    }

    public static UptimePercentage of(String value) {
        try {
            return new UptimePercentage(new BigDecimal(value));
        } catch (NumberFormatException e) {
            throw new SlaRuleViolation("uptime.error.not-a-number", value);
        }
    }

    /** (available - downtime) / available x 100; available must be positive, downtime within it. */
    public static UptimePercentage fromMinutes(long availableMinutes, long downtimeMinutes) {
        if (availableMinutes <= 0) {
            throw new SlaRuleViolation("uptime.error.no-available-minutes");
        }
        if (downtimeMinutes < 0) {
            throw new SlaRuleViolation("uptime.error.negative-minutes", "downtime");
        }
        if (downtimeMinutes > availableMinutes) {
            throw new SlaRuleViolation("uptime.error.downtime-exceeds-available", downtimeMinutes, availableMinutes);
        }
        BigInteger up = BigInteger.valueOf(availableMinutes - downtimeMinutes).multiply(HUNDRED_INT);
        BigDecimal quotient = new BigDecimal(up).divide(BigDecimal.valueOf(availableMinutes), SCALE, RoundingMode.DOWN);
        return new UptimePercentage(quotient);
    }

    /** True when this uptime is strictly below {@code threshold} (the SLA tiers are "&lt;" thresholds). */
    public boolean isBelow(BigDecimal threshold) {
        return value.compareTo(threshold) < 0;
    }

    /** Rounded DOWN to three decimals, as a plain string: 99.8996 -> "99.899", 100 -> "100.000". */
    public String displayed() {
        return displayedValue().toPlainString();
    }

    public BigDecimal displayedValue() {
        return value.setScale(3, RoundingMode.DOWN);
    }

    @Override
    public int compareTo(UptimePercentage other) {
        return value.compareTo(other.value);
    }
}
