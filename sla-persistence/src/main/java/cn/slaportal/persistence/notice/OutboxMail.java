package cn.slaportal.persistence.notice;

import java.time.Instant;
import java.util.Optional;

/** A stored outbox e-mail with its delivery state. */
public record OutboxMail(long id, String topic, String topicRef, String recipient, String language, String subject,
                         String text, String html, DeliveryStatus status, int attempts, Optional<String> lastError,
                         Optional<Instant> lastAttemptAt, Optional<Instant> nextAttemptAt, Optional<Instant> sentAt,
                         Instant createdAt) {
}
