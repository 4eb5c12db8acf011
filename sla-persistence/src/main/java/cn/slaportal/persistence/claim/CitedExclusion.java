package cn.slaportal.persistence.claim;

import java.util.Objects;
import java.util.Optional;

/** An exclusion code (core {@code ExclusionCatalog}, e.g. "AZ-03") cited on a claim, with the minutes it removed, if any. */
public record CitedExclusion(String code, Optional<Long> excludedMinutes) {

    public CitedExclusion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(excludedMinutes, "excludedMinutes");
    }
}
