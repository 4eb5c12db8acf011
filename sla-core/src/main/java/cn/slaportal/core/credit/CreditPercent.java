package cn.slaportal.core.credit;

import cn.slaportal.core.SlaRuleViolation;
import java.math.BigDecimal;
import java.util.Objects;

/** The share of the Applicable Monthly Service Fee credited, 0 to 100 %. */
public record CreditPercent(BigDecimal value) implements Comparable<CreditPercent> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final CreditPercent NONE = new CreditPercent(BigDecimal.ZERO);

    public CreditPercent {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new SlaRuleViolation("credit.error.percent-out-of-range", value.toPlainString());
        }
    }

    public static CreditPercent of(String value) {
        return new CreditPercent(new BigDecimal(value));
    }

    public boolean isNone() {
        return value.signum() == 0;
    }

    /** Plain string without trailing zeros: "10", "25", "100". */
    public String plain() {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public int compareTo(CreditPercent other) {
        return value.compareTo(other.value);
    }
}
