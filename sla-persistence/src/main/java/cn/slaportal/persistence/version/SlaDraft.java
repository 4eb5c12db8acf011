package cn.slaportal.persistence.version;

import java.time.Instant;

/** A stored draft; pass {@code rowVersion} back when saving so that concurrent edits are detected. */
public record SlaDraft(long id, String document, SlaDraftContent content, String createdBy, Instant createdAt,
                       String updatedBy, Instant updatedAt, long rowVersion) {
}
