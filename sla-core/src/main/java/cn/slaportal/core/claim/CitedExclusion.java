package cn.slaportal.core.claim;

import cn.slaportal.core.SlaRuleViolation;
import java.util.Objects;
import java.util.Optional;

/**
 * An exclusion of the governing version cited on a claim by its code (e.g. "AZ-03"), with the minutes it removes
 * from the downtime, if any (in the unit of the level's formula: deployment, user or tenant minutes).
 */
public record CitedExclusion(String code, Optional<Long> excludedMinutes) {

    /** Refuses negative minutes ({@code claim.error.negative-excluded-minutes}: {0} code). */
    public CitedExclusion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(excludedMinutes, "excludedMinutes");
        if (excludedMinutes.filter(minutes -> minutes < 0).isPresent()) {
            throw new SlaRuleViolation("claim.error.negative-excluded-minutes", code);
        }
    }

    public static CitedExclusion of(String code) {
        return new CitedExclusion(code, Optional.empty());
    }

    public static CitedExclusion removing(String code, long minutes) {
        return new CitedExclusion(code, Optional.of(minutes));
    }
}
