package cn.slaportal.core.credit;

import cn.slaportal.core.billing.Money;
import java.util.Objects;

/** The fee a Service Credit is a percentage of, and where it came from. */
public record ApplicableFee(Money amount, FeeBasis basis) {

    public ApplicableFee {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(basis, "basis");
    }

    public static ApplicableFee monthlyFee(Money amount) {
        return new ApplicableFee(amount, FeeBasis.MONTHLY_FEE);
    }

    public static ApplicableFee suiteShare(Money proRataShare) {
        return new ApplicableFee(proRataShare, FeeBasis.SUITE_PRO_RATA_SHARE);
    }

    public static ApplicableFee resellerRetailPrice(Money estimatedRetailPrice) {
        return new ApplicableFee(estimatedRetailPrice, FeeBasis.RESELLER_ESTIMATED_RETAIL_PRICE);
    }

    public boolean paidThroughReseller() {
        return basis == FeeBasis.RESELLER_ESTIMATED_RETAIL_PRICE;
    }
}
