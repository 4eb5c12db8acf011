package cn.slaportal.persistence.faq;

import java.time.Instant;

public record FaqRevision(int revision, FaqContent content, String editedBy, Instant editedAt) {
}
