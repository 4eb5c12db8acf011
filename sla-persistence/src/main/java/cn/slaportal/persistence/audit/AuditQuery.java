package cn.slaportal.persistence.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which audit entries to read: each present criterion must match (actor, action, target type and target id exactly;
 * occurred at or after {@code from}, before {@code until}).
 */
public record AuditQuery(Optional<String> actor, Optional<String> action, Optional<String> targetType,
                         Optional<String> targetId, Optional<Instant> from, Optional<Instant> until) {

    public static final AuditQuery EVERYTHING = new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public AuditQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }
}
