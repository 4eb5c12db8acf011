package cn.slaportal.persistence.account;

import java.time.Instant;
import java.util.Optional;

/** A stored account. {@code organisationId} is empty for administrators who belong to no customer. */
public record UserAccount(long id, String email, String displayName, String passwordHash, Role role,
                          Optional<Long> organisationId, boolean enabled, boolean locked, int failedLoginCount,
                          Optional<Instant> lockedUntil, Optional<Instant> lastLoginAt, Optional<String> preferredLanguage,
                          long rowVersion) {

    /** Locked now: either locked by an administrator or temporarily after too many failed logins. */
    public boolean lockedAt(Instant now) {
        return locked || lockedUntil.map(now::isBefore).orElse(false);
    }
}
