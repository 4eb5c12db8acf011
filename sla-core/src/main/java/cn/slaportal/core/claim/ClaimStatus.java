package cn.slaportal.core.claim;

/** The life of a claim (SPEC 3.10). APPROVED, REJECTED and WITHDRAWN are final. */
public enum ClaimStatus {
    SUBMITTED, UNDER_REVIEW, NEEDS_INFO, APPROVED, REJECTED, WITHDRAWN;

    public boolean isFinal() {
        return this == APPROVED || this == REJECTED || this == WITHDRAWN;
    }

    /** A withdrawn claim does not block a new claim for the same incident and subscription; any other does. */
    public boolean blocksAnotherClaim() {
        return this != WITHDRAWN;
    }

    /**
     * Whether the claim holds the one credit of its level and billing month where the SLA allows only one
     * (Dynamics 365): every claim that is neither withdrawn nor rejected does.
     */
    public boolean holdsTheMonthsCredit() {
        return this != WITHDRAWN && this != REJECTED;
    }
}
