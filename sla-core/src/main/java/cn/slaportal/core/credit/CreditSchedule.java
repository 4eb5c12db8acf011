package cn.slaportal.core.credit;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.uptime.UptimeMinutes;
import cn.slaportal.core.uptime.UptimePercentage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit table of "&lt;" tiers, highest threshold first, each lower threshold crediting more.
 * The tier that applies is the one with the lowest threshold the uptime falls below: exactly 99.9 %
 * earns nothing, exactly 99 % the first tier only, exactly 95 % the second and not the third.
 * Immutable; equal when the tiers are equal. Refuses an empty table ({@code rules.error.no-tiers}) and tiers
 * that do not descend strictly in threshold while ascending strictly in credit ({@code rules.error.tiers-order}:
 * {0} the higher threshold, {1} the one after it).
 */
public final class CreditSchedule {

    private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private final List<CreditTier> tiers;
    /** Per tier: 100 x 10^scale (factor of the up minutes), unscaled threshold, and the overflow-safe bound. */
    private final long[] upFactor;
    private final long[] thresholdUnscaled;
    private final long[] safeMinutes;
    /** Per tier: the credit percent in hundredths of a percent (10 % = 1000), or -1 when it has more decimals. */
    private final long[] creditHundredths;

    public CreditSchedule(List<CreditTier> tiers) {
        this.tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
        if (this.tiers.isEmpty()) {
            throw new SlaRuleViolation("rules.error.no-tiers");
        }
        for (int i = 1; i < this.tiers.size(); i++) {
            CreditTier higher = this.tiers.get(i - 1);
            CreditTier lower = this.tiers.get(i);
            if (lower.below().compareTo(higher.below()) >= 0
                    || lower.creditPercent().compareTo(higher.creditPercent()) <= 0) {
                throw new SlaRuleViolation("rules.error.tiers-order", higher.belowPlain(), lower.belowPlain());
            }
        }
        int size = this.tiers.size();
        upFactor = new long[size];
        thresholdUnscaled = new long[size];
        safeMinutes = new long[size];
        creditHundredths = new long[size];
        for (int i = 0; i < size; i++) {
            CreditTier tier = this.tiers.get(i);
            upFactor[i] = 100L * POWERS_OF_TEN[tier.below().scale()];
            thresholdUnscaled[i] = tier.below().unscaledValue().longValueExact();
            safeMinutes[i] = Long.MAX_VALUE / Math.max(upFactor[i], thresholdUnscaled[i]);
            BigDecimal hundredths = tier.creditPercent().value().movePointRight(2);
            creditHundredths[i] = hundredths.stripTrailingZeros().scale() <= 0 ? hundredths.longValue() : -1;
        }
    }

    public static CreditSchedule of(CreditTier... tiers) {
        return new CreditSchedule(List.of(tiers));
    }

    public List<CreditTier> tiers() {
        return tiers;
    }

    /** The tier that applies, or empty when the uptime meets the Service Level. */
    public Optional<CreditTier> tierFor(UptimePercentage uptime) {
        for (int i = tiers.size() - 1; i >= 0; i--) {
            CreditTier tier = tiers.get(i);
            if (uptime.isBelow(tier.below())) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }

    public CreditPercent creditFor(UptimePercentage uptime) {
        return tierFor(uptime).map(CreditTier::creditPercent).orElse(CreditPercent.NONE);
    }

    public Optional<CreditTier> tierFor(UptimeMinutes minutes) {
        int index = tierIndexFor(minutes.availableMinutes(), minutes.downtimeMinutes());
        return index < 0 ? Optional.empty() : Optional.of(tiers.get(index));
    }

    /**
     * The index of the tier for (available - downtime) / available x 100, compared exactly in integer
     * arithmetic without allocation (BigInteger only where a product would overflow a long); -1 when no
     * tier applies. The caller passes valid minutes (as {@link UptimeMinutes} guarantees). Agrees with
     * {@link #tierFor(UptimePercentage)}.
     */
    public int tierIndexFor(long availableMinutes, long downtimeMinutes) {
        long up = availableMinutes - downtimeMinutes;
        for (int i = tiers.size() - 1; i >= 0; i--) {
            if (isBelow(i, up, availableMinutes)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The credit in fen (0.01 CNY) for a fee in fen: percent x fee, HALF_UP to the fen, exactly as
     * {@link CreditCalculator#assess} computes it, without allocation. For evaluating many resource-months.
     */
    public long creditInFen(long availableMinutes, long downtimeMinutes, long feeInFen) {
        int tier = tierIndexFor(availableMinutes, downtimeMinutes);
        if (tier < 0) {
            return 0;
        }
        long hundredths = creditHundredths[tier];
        if (hundredths >= 0 && feeInFen <= Long.MAX_VALUE / 10_001) {
            return (feeInFen * hundredths + 5_000) / 10_000;
        }
        return BigDecimal.valueOf(feeInFen).multiply(tiers.get(tier).creditPercent().value())
                .movePointLeft(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** up / available x 100 &lt; unscaled / 10^scale, i.e. up x 100 x 10^scale &lt; unscaled x available. */
    private boolean isBelow(int tier, long up, long available) {
        if (available <= safeMinutes[tier]) {
            return up * upFactor[tier] < thresholdUnscaled[tier] * available;
        }
        CreditTier threshold = tiers.get(tier);
        return BigInteger.valueOf(up).multiply(HUNDRED).multiply(BigInteger.TEN.pow(threshold.below().scale()))
                .compareTo(threshold.below().unscaledValue().multiply(BigInteger.valueOf(available))) < 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CreditSchedule schedule && schedule.tiers.equals(tiers);
    }

    @Override
    public int hashCode() {
        return tiers.hashCode();
    }

    @Override
    public String toString() {
        return "CreditSchedule" + tiers;
    }
}
