package cn.slaportal.core.claim;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a claim's life (SPEC 3.10): SUBMITTED -> UNDER_REVIEW -> NEEDS_INFO <-> UNDER_REVIEW -> APPROVED |
 * REJECTED; WITHDRAWN by the customer before a decision. An unanswered request for information may also end in a
 * rejection; an approval always follows a review.
 */
public enum ClaimAction {
    SUBMIT(EnumSet.noneOf(ClaimStatus.class), ClaimStatus.SUBMITTED, ActorRole.CUSTOMER),
    START_REVIEW(EnumSet.of(ClaimStatus.SUBMITTED), ClaimStatus.UNDER_REVIEW, ActorRole.ADMINISTRATOR),
    REQUEST_INFORMATION(EnumSet.of(ClaimStatus.UNDER_REVIEW), ClaimStatus.NEEDS_INFO, ActorRole.ADMINISTRATOR),
    ANSWER(EnumSet.of(ClaimStatus.NEEDS_INFO), ClaimStatus.UNDER_REVIEW, ActorRole.CUSTOMER),
    APPROVE(EnumSet.of(ClaimStatus.UNDER_REVIEW), ClaimStatus.APPROVED, ActorRole.ADMINISTRATOR),
    REJECT(EnumSet.of(ClaimStatus.UNDER_REVIEW, ClaimStatus.NEEDS_INFO), ClaimStatus.REJECTED, ActorRole.ADMINISTRATOR),
    WITHDRAW(EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW, ClaimStatus.NEEDS_INFO), ClaimStatus.WITHDRAWN,
            ActorRole.CUSTOMER);

    private final Set<ClaimStatus> from;
    private final ClaimStatus to;
    private final ActorRole role;

    ClaimAction(Set<ClaimStatus> from, ClaimStatus to, ActorRole role) {
        this.from = from;
        this.to = to;
        this.role = role;
    }

    public ClaimStatus to() {
        return to;
    }

    public ActorRole role() {
        return role;
    }

    public boolean allowedFrom(ClaimStatus status) {
        return from.contains(status);
    }

    /** The steps a claim in {@code status} may take next, by whom. */
    public static Set<ClaimAction> availableIn(ClaimStatus status) {
        Set<ClaimAction> actions = EnumSet.noneOf(ClaimAction.class);
        for (ClaimAction action : values()) {
            if (action.allowedFrom(status)) {
                actions.add(action);
            }
        }
        return actions;
    }
}
