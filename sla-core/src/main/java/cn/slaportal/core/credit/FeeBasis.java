package cn.slaportal.core.credit;

/** What the Applicable Monthly Service Fee was taken from. */
public enum FeeBasis {
    /** The monthly fee paid for the service. */
    MONTHLY_FEE,
    /** The pro-rata share of a suite or single-offer price that the subscription records. */
    SUITE_PRO_RATA_SHARE,
    /** The estimated retail price recorded for a service bought through a reseller; the credit is paid through the reseller. */
    RESELLER_ESTIMATED_RETAIL_PRICE
}
