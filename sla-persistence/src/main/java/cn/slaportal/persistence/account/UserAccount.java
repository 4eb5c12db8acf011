package cn.slaportal.persistence.account;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored account. {@code organisationId} is empty for administrators who belong to no customer; {@code locked} is
 * an administrator's lock (failed sign-ins are throttled in the shared {@code login_throttle} table, not here).
 */
public record UserAccount(long id, String email, String displayName, String passwordHash, Role role,
                          Optional<Long> organisationId, boolean enabled, boolean locked,
                          Optional<Instant> lastLoginAt, Optional<String> preferredLanguage,
                          long rowVersion) {
}
