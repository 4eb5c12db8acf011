package cn.slaportal.persistence.claim;

import java.time.Instant;
import java.util.Optional;

/** One transition of a claim; the first one has no {@code from} (the submission). */
public record ClaimStatusChange(Optional<ClaimStatus> from, ClaimStatus to, Instant changedAt, String changedBy,
                                Optional<String> reason) {
}
