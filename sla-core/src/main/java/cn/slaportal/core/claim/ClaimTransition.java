package cn.slaportal.core.claim;

import cn.slaportal.core.billing.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a claim's life as it happened: the action, the statuses before (none for the submission) and after,
 * who took it in which role and when, and why (a question, an answer, a reason), with the exclusions cited and the
 * approved credit where the step has them.
 */
public record ClaimTransition(ClaimAction action, Optional<ClaimStatus> from, ClaimStatus to, String actor,
        ActorRole role, Instant at, Optional<String> reason, List<CitedExclusion> exclusions,
        Optional<Money> approvedCredit) {

    public ClaimTransition {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(approvedCredit, "approvedCredit");
        reason = Objects.requireNonNull(reason, "reason").map(String::strip).filter(text -> !text.isEmpty());
        exclusions = List.copyOf(exclusions);
    }
}
