package cn.slaportal.persistence.claim;

/**
 * The database refused a second claim that blocks (is not withdrawn) for the same incident and subscription: two
 * submissions raced past the core's duplicate rule at the same moment. A conflict, like the core's
 * {@code DuplicateClaim}.
 */
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
