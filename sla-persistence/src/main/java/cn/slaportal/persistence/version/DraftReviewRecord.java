package cn.slaportal.persistence.version;

import cn.slaportal.core.version.DraftReview;
import java.time.Instant;
import java.util.Optional;

/** Where a draft stands in the four-eyes review, with the last reviewer's comment. */
public record DraftReviewRecord(long draftId, DraftReview review, Optional<Instant> submittedAt,
                                Optional<String> comment, Optional<String> reviewedBy, long rowVersion) {
}
