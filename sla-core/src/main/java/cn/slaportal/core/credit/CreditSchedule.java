package cn.slaportal.core.credit;

import cn.slaportal.core.uptime.UptimePercentage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A credit table of "&lt;" tiers, highest threshold first, each lower threshold crediting more.
 * The tier that applies is the one with the lowest threshold the uptime falls below: exactly 99.9 %
 * earns nothing, exactly 99 % the first tier only, exactly 95 % the second and not the third.
 */
public record CreditSchedule(List<CreditTier> tiers) {

    public CreditSchedule {
        tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one tier");
        }
        for (int i = 1; i < tiers.size(); i++) {
            CreditTier higher = tiers.get(i - 1);
            CreditTier lower = tiers.get(i);
            if (lower.below().compareTo(higher.below()) >= 0
                    || lower.creditPercent().compareTo(higher.creditPercent()) <= 0) {
                throw new IllegalArgumentException("tiers must descend in threshold and ascend in credit");
            }
        }
    }

    public static CreditSchedule of(CreditTier... tiers) {
        return new CreditSchedule(List.of(tiers));
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
}
