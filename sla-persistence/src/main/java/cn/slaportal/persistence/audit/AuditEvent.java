package cn.slaportal.persistence.audit;

import java.time.Instant;
import java.util.Optional;

public record AuditEvent(long id, Instant occurredAt, String actor, String action, String targetType, String targetId,
                         Optional<String> before, Optional<String> after) {
}
