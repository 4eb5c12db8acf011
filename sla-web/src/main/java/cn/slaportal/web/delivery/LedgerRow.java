package cn.slaportal.web.delivery;

import cn.slaportal.persistence.notice.DeliveryStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * One delivery as the ledger shows it: a notice delivery ({@code kind} "notice", about an SLA version) or an outbox
 * e-mail ({@code kind} "mail", about a topic and reference).
 */
public record LedgerRow(String kind, long id, String about, String channel, String recipient, DeliveryStatus status,
                        int attempts, Optional<String> lastError, Optional<Instant> lastAttemptAt,
                        Optional<Instant> nextAttemptAt) {

    public boolean retriable() {
        return status.retriableByHand();
    }
}
