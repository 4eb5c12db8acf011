package cn.slaportal.core.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An invitation's set-password link works once, and only until it expires: {@code validity} after it was issued
 * (the expiry instant itself is already too late).
 */
public record InvitationRule(Duration validity) {

    /** Seven days to accept an invitation. */
    public static final InvitationRule STANDARD = new InvitationRule(Duration.ofDays(7));

    /** What a link is at a given moment. */
    public enum State { USABLE, USED, EXPIRED }

    public InvitationRule {
        Objects.requireNonNull(validity, "validity");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("an invitation is valid for a positive time: " + validity);
        }
    }

    public Instant expiresAt(Instant issuedAt) {
        return issuedAt.plus(validity);
    }

    /** A used link stays used, whatever the time; an unused one expires at {@code expiresAt}. */
    public State state(Instant expiresAt, Optional<Instant> usedAt, Instant now) {
        if (usedAt.isPresent()) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }
}
