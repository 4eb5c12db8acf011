package cn.slaportal.core.claim;

import cn.slaportal.core.SlaRuleViolation;

/**
 * A step the claim's status does not allow (e.g. withdrawing a decided claim). Code
 * {@code claim.error.transition-refused}: {0} the current status, {1} the action refused.
 */
public final class ClaimTransitionRefused extends SlaRuleViolation {

    public static final String CODE = "claim.error.transition-refused";

    private final ClaimStatus status;
    private final ClaimAction action;

    public ClaimTransitionRefused(ClaimStatus status, ClaimAction action) {
        super(CODE, status.name(), action.name());
        this.status = status;
        this.action = action;
    }

    public ClaimStatus status() {
        return status;
    }

    public ClaimAction action() {
        return action;
    }
}
