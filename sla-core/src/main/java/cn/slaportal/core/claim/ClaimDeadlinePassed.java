package cn.slaportal.core.claim;

import cn.slaportal.core.SlaRuleViolation;

/** A Claim received after its deadline. Code {@code deadline.error.passed}, argument {0} = the last day (ISO). */
public final class ClaimDeadlinePassed extends SlaRuleViolation {

    public static final String CODE = "deadline.error.passed";

    private final transient ClaimDeadline deadline;

    public ClaimDeadlinePassed(ClaimDeadline deadline) {
        super(CODE, deadline.lastDay().toString());
        this.deadline = deadline;
    }

    public ClaimDeadline deadline() {
        return deadline;
    }
}
