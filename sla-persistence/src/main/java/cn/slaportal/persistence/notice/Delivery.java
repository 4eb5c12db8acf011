package cn.slaportal.persistence.notice;

import java.time.Instant;
import java.util.Optional;

public record Delivery(long id, long noticeId, DeliveryChannel channel, String recipient, DeliveryStatus status,
                       int attempts, Optional<String> lastError, Optional<Instant> lastAttemptAt,
                       Optional<Instant> nextAttemptAt, Optional<Instant> deliveredAt, long rowVersion) {
}
