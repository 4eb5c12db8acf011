package cn.slaportal.persistence.claim;

/** A claim for this incident and subscription exists already (SPEC 3.4: one claim per incident and subscription). */
public class DuplicateClaimException extends RuntimeException {

    /** Message key for the refusal, in both bundles. */
    public static final String MESSAGE_CODE = "claim.error.duplicate";

    private final long incidentId;
    private final long subscriptionId;

    DuplicateClaimException(long incidentId, long subscriptionId, Throwable cause) {
        super("a claim for incident " + incidentId + " and subscription " + subscriptionId + " exists already", cause);
        this.incidentId = incidentId;
        this.subscriptionId = subscriptionId;
    }

    public long incidentId() {
        return incidentId;
    }

    public long subscriptionId() {
        return subscriptionId;
    }
}
