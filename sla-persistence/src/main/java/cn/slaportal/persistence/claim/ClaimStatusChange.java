package cn.slaportal.persistence.claim;

import cn.slaportal.core.claim.ActorRole;
import cn.slaportal.core.claim.ClaimStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * One step of a claim; the first one has no {@code from} (the submission). {@code reason} holds a question asked,
 * an answer given or the reason of a decision; {@code role} is empty for steps stored before roles were recorded.
 */
public record ClaimStatusChange(Optional<ClaimStatus> from, ClaimStatus to, Instant changedAt, String changedBy,
                                Optional<String> reason, Optional<ActorRole> role) {
}
