package cn.slaportal.persistence.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one delivery state of outbox e-mails and notice deliveries, without a database. */
class DeliveryStateTest {

    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void aNewDeliveryIsDueAtOnce() {
        DeliveryState state = DeliveryState.dueAt(T0);

        assertThat(state.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(state.attempts()).isZero();
        assertThat(state.nextAttemptAt()).contains(T0);
        assertThat(state.lastError()).isEmpty();
        assertThat(state.sentAt()).isEmpty();
    }

    @Test
    void aFailedAttemptWithARetryWaitsAndOneWithoutIsGivenUp() {
        DeliveryState state = DeliveryState.dueAt(T0);

        state.failed("Connection refused", T0, Optional.of(T0.plusSeconds(60)));

        assertThat(state.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(state.attempts()).isEqualTo(1);
        assertThat(state.lastAttemptAt()).contains(T0);
        assertThat(state.nextAttemptAt()).contains(T0.plusSeconds(60));
        assertThat(state.lastError()).contains("Connection refused");

        state.failed("554 mailbox unavailable", T0.plusSeconds(60), Optional.empty());

        assertThat(state.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(state.attempts()).isEqualTo(2);
        assertThat(state.nextAttemptAt()).isEmpty();
        assertThat(state.lastError()).contains("554 mailbox unavailable");
    }

    @Test
    void aSentDeliveryKeepsTheErrorOfTheFailedAttemptBeforeIt() {
        DeliveryState state = DeliveryState.dueAt(T0);
        state.failed("Connection refused", T0, Optional.of(T0.plusSeconds(60)));

        state.sent(T0.plusSeconds(60));

        assertThat(state.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(state.attempts()).isEqualTo(2);
        assertThat(state.sentAt()).contains(T0.plusSeconds(60));
        assertThat(state.lastAttemptAt()).contains(T0.plusSeconds(60));
        assertThat(state.nextAttemptAt()).isEmpty();
        assertThat(state.lastError()).as("why it went out late").contains("Connection refused");
    }

    @Test
    void aLongErrorIsCutToWhatTheColumnHolds() {
        DeliveryState state = DeliveryState.dueAt(T0);

        state.failed("x".repeat(DeliveryState.ERROR_LIMIT + 50), T0, Optional.empty());

        assertThat(state.lastError()).hasValueSatisfying(error -> assertThat(error).hasSize(DeliveryState.ERROR_LIMIT));
    }

    @ParameterizedTest(name = "{0}: retried by hand {1}")
    @CsvSource({"PENDING, false", "SENT, false", "FAILED, true"})
    void onlyAFailedDeliveryIsRetriedByHand(DeliveryStatus status, boolean retried) {
        DeliveryState state = in(status);
        int attempts = state.attempts();
        Optional<Instant> next = state.nextAttemptAt();

        boolean answer = state.retryByHand(T0.plusSeconds(3600));

        assertThat(answer).isEqualTo(retried);
        assertThat(state.attempts()).isEqualTo(attempts);
        if (retried) {
            assertThat(state.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(state.nextAttemptAt()).contains(T0.plusSeconds(3600));
        } else {
            assertThat(state.status()).isEqualTo(status);
            assertThat(state.nextAttemptAt()).isEqualTo(next);
        }
    }

    private static DeliveryState in(DeliveryStatus status) {
        DeliveryState state = DeliveryState.dueAt(T0);
        switch (status) {
            case SENT -> state.sent(T0);
            case FAILED -> state.failed("gone", T0, Optional.empty());
            case PENDING -> state.failed("later", T0, Optional.of(T0.plusSeconds(60)));
        }
        return state;
    }
}
