package cn.slaportal.web.catalog;

import cn.slaportal.core.credit.CreditTier;

/** {@code {"below":"99.9","creditPercent":"10"}}: uptime below {@code below} % earns {@code creditPercent} %. */
public record TierJson(String below, String creditPercent) {

    public static TierJson of(CreditTier tier) {
        return new TierJson(tier.belowPlain(), tier.creditPercent().plain());
    }
}
