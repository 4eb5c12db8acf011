package cn.slaportal.persistence.account;

import java.time.Instant;
import java.util.Optional;

/** A stored invitation: whose, until when its link works, whether it was used. The token itself is never stored. */
public record Invitation(long id, long userId, Instant expiresAt, Optional<Instant> usedAt, String createdBy,
                         Instant createdAt, long rowVersion) {
}
