package cn.slaportal.web.version;

import java.math.BigDecimal;

/**
 * One row of a credit table as read by a person: uptime below {@code below} (and, except in the last row, at
 * least {@code atLeast}) earns {@code creditPercent}. Percent values, e.g. 99.9 and 10.
 */
public record TierRow(BigDecimal below, BigDecimal atLeast, BigDecimal creditPercent) {

    public boolean bounded() {
        return atLeast != null;
    }
}
