package cn.slaportal.persistence.claim;

import cn.slaportal.core.claim.ClaimStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which claims the administrators' queue reads: each present criterion must match (status among {@code statuses},
 * any when empty; the governing SLA document and the organisation exactly; submitted at or after {@code from},
 * before {@code until}; the reference containing {@code referenceText}, case-insensitive). The reference text holds
 * only letters, digits and hyphens (no wildcard reaches the query).
 */
public record ClaimQuery(Set<ClaimStatus> statuses, Optional<String> document, Optional<Long> organisationId,
                         Optional<Instant> from, Optional<Instant> until, Optional<String> referenceText) {

    public ClaimQuery {
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(referenceText, "referenceText");
        if (referenceText.filter(text -> !text.matches("[A-Za-z0-9-]+")).isPresent()) {
            throw new IllegalArgumentException("a reference text of letters, digits and hyphens: " + referenceText);
        }
    }

    public static ClaimQuery withStatus(Set<ClaimStatus> statuses) {
        return new ClaimQuery(statuses, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
