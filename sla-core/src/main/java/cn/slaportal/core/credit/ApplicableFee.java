package cn.slaportal.core.credit;

import cn.slaportal.core.billing.Money;
import java.util.Objects;
import java.util.Optional;

/** The fee a Service Credit is a percentage of, and where it came from. */
public record ApplicableFee(Money amount, FeeBasis basis) {

    public ApplicableFee {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * The Applicable Monthly Service Fee of a subscription (SPEC 3.4): bought through a reseller, the estimated
     * retail price the subscription records; else, bought as part of a suite or single offer, its pro-rata share
     * of the suite price; else the monthly fee.
     */
    public static ApplicableFee of(Money monthlyFee, Optional<Money> suitePriceShare,
            Optional<Money> resellerRetailPrice) {
        if (resellerRetailPrice.isPresent()) {
            return resellerRetailPrice(resellerRetailPrice.get());
        }
        return suitePriceShare.map(ApplicableFee::suiteShare).orElseGet(() -> monthlyFee(monthlyFee));
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
