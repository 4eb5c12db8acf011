package cn.slaportal.persistence.claim;

/** The claim's current status does not allow the requested one (e.g. a decided claim cannot be withdrawn). */
public class ClaimTransitionRefusedException extends RuntimeException {

    /** Message key for the refusal, in both bundles; arguments {0} current status, {1} requested status. */
    public static final String MESSAGE_CODE = "claim.error.transition-refused";

    private final ClaimStatus from;
    private final ClaimStatus to;

    ClaimTransitionRefusedException(String reference, ClaimStatus from, ClaimStatus to) {
        super("claim " + reference + " cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public ClaimStatus from() {
        return from;
    }

    public ClaimStatus to() {
        return to;
    }
}
