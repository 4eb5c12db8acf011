package cn.slaportal.persistence.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;

/**
 * Where one delivery stands, the same for an outbox e-mail and a notice delivery: PENDING with its next attempt,
 * SENT, or FAILED (given up); the attempts made, and the error and time of the last one. A sent delivery keeps
 * the error of the failed attempt before it, so the ledger still tells why it went out late.
 */
@Embeddable
class DeliveryState {

    static final int ERROR_LIMIT = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_LIMIT)
    private String lastError;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected DeliveryState() {
    }

    /** A new delivery, due at once. */
    static DeliveryState dueAt(Instant now) {
        DeliveryState state = new DeliveryState();
        state.status = DeliveryStatus.PENDING;
        state.nextAttemptAt = now;
        return state;
    }

    void sent(Instant now) {
        attempts++;
        status = DeliveryStatus.SENT;
        lastAttemptAt = now;
        sentAt = now;
        nextAttemptAt = null;
    }

    /** A failed attempt: PENDING again at {@code retryAt}, or FAILED when there is none (given up). */
    void failed(String error, Instant now, Optional<Instant> retryAt) {
        attempts++;
        lastAttemptAt = now;
        lastError = error.length() <= ERROR_LIMIT ? error : error.substring(0, ERROR_LIMIT);
        nextAttemptAt = retryAt.orElse(null);
        status = retryAt.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
    }

    /**
     * An administrator's retry: a FAILED delivery is due again at {@code now} (for one more attempt).
     *
     * @return false, and nothing changes, when it is not FAILED (a SENT one never goes out twice)
     */
    boolean retryByHand(Instant now) {
        if (!status.retriableByHand()) {
            return false;
        }
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
        return true;
    }

    DeliveryStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}
