package cn.slaportal.core.credit;

import cn.slaportal.core.SlaRuleViolation;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a credit table: Monthly Uptime Percentage below {@code below} earns {@code creditPercent}.
 * The threshold lies above 0 and at most 100, has at most {@value #MAXIMUM_SCALE} decimals and is kept without
 * trailing zeros ({@code rules.error.threshold}: {0} the threshold); a tier credits more than 0 %
 * ({@code rules.error.tier-credits-nothing}: {0} the threshold).
 */
public record CreditTier(BigDecimal below, CreditPercent creditPercent) {

    public static final int MAXIMUM_SCALE = 6;

    public CreditTier {
        Objects.requireNonNull(below, "below");
        Objects.requireNonNull(creditPercent, "creditPercent");
        if (below.signum() <= 0 || below.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new SlaRuleViolation("rules.error.threshold", below.toPlainString());
        }
        if (creditPercent.isNone()) {
            throw new SlaRuleViolation("rules.error.tier-credits-nothing", below.toPlainString());
        }
        below = below.stripTrailingZeros();
        if (below.scale() < 0) {
            below = below.setScale(0);
        }
        if (below.scale() > MAXIMUM_SCALE) {
            throw new SlaRuleViolation("rules.error.threshold", below.toPlainString());
        }
    }

    public static CreditTier below(String threshold, String creditPercent) {
        return new CreditTier(new BigDecimal(threshold), CreditPercent.of(creditPercent));
    }

    /** The threshold as a plain string without trailing zeros: "99.9", "99", "95". */
    public String belowPlain() {
        return below.toPlainString();
    }
}
