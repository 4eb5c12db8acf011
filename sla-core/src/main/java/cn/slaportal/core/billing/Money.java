package cn.slaportal.core.billing;

import cn.slaportal.core.SlaRuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Chinese yuan (CNY), never negative, kept at scale 2. An amount with more than two
 * decimals is refused rather than silently rounded; products are rounded HALF_UP to 0.01 by
 * {@link #percent(BigDecimal)}.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final String CURRENCY = "CNY";
    /** Largest amount accepted: fits DECIMAL(19,2) with room to spare. */
    public static final BigDecimal MAXIMUM = new BigDecimal("999999999999999.99");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new SlaRuleViolation("money.error.negative", amount.toPlainString());
        }
        if (amount.compareTo(MAXIMUM) > 0) {
            throw new SlaRuleViolation("money.error.too-large", MAXIMUM.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new SlaRuleViolation("money.error.too-many-decimals", amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money cny(String amount) {
        try {
            return new Money(new BigDecimal(amount));
        } catch (NumberFormatException e) {
            throw new SlaRuleViolation("money.error.not-a-number", amount);
        }
    }

    /** {@code percent} % of this amount, HALF_UP to 0.01. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** The amount as a plain string with two decimals, e.g. {@code "100.00"}. */
    public String plain() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return plain() + " " + CURRENCY;
    }
}
