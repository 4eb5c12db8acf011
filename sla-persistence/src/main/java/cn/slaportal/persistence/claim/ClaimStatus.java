package cn.slaportal.persistence.claim;

import java.util.EnumSet;
import java.util.Set;

/** The life of a claim. APPROVED, REJECTED and WITHDRAWN are final. */
public enum ClaimStatus {
    SUBMITTED, UNDER_REVIEW, NEEDS_INFO, APPROVED, REJECTED, WITHDRAWN;

    /** The statuses a claim in this status may move to. */
    public Set<ClaimStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, NEEDS_INFO, APPROVED, REJECTED, WITHDRAWN);
            case UNDER_REVIEW -> EnumSet.of(NEEDS_INFO, APPROVED, REJECTED, WITHDRAWN);
            case NEEDS_INFO -> EnumSet.of(UNDER_REVIEW, APPROVED, REJECTED, WITHDRAWN);
            case APPROVED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** A withdrawn claim does not block a new claim for the same incident and subscription; any other does. */
    public boolean blocksAnotherClaim() {
        return this != WITHDRAWN;
    }

    public boolean canMoveTo(ClaimStatus target) {
        return next().contains(target);
    }
}
