package cn.slaportal.core.claim;

import java.util.Objects;

/** What a step did: the claim after it and the transition to record. */
public record ClaimChange(ServiceCreditClaim claim, ClaimTransition transition) {

    public ClaimChange {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(transition, "transition");
    }
}
