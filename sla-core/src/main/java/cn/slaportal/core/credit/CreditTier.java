package cn.slaportal.core.credit;

import cn.slaportal.core.uptime.UptimePercentage;
import java.math.BigDecimal;
import java.util.Objects;

/** One row of a credit table: Monthly Uptime Percentage below {@code below} earns {@code creditPercent}. */
public record CreditTier(BigDecimal below, CreditPercent creditPercent) {

    public CreditTier {
        Objects.requireNonNull(below, "below");
        Objects.requireNonNull(creditPercent, "creditPercent");
        if (below.signum() <= 0 || below.compareTo(BigDecimal.valueOf(100)) > 0
                || below.stripTrailingZeros().scale() > UptimePercentage.SCALE) {
            throw new IllegalArgumentException("threshold out of range: " + below);
        }
        if (creditPercent.isNone()) {
            throw new IllegalArgumentException("a tier must credit something");
        }
    }

    public static CreditTier below(String threshold, String creditPercent) {
        return new CreditTier(new BigDecimal(threshold), CreditPercent.of(creditPercent));
    }

    /** The threshold as a plain string without trailing zeros: "99.9", "99", "95". */
    public String belowPlain() {
        return below.stripTrailingZeros().toPlainString();
    }
}
