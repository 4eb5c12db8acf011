package cn.slaportal.persistence.version;

import cn.slaportal.core.version.DraftReview;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review state of drafts (maps {@link DraftReview} to rows; the rules are the core's). */
@Service
@Transactional(readOnly = true)
public class DraftReviewStore {

    private final DraftReviewRepository reviews;

    DraftReviewStore(DraftReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Transactional
    public DraftReviewRecord start(long draftId, DraftReview review) {
        return reviews.saveAndFlush(new DraftReviewEntity(draftId, review)).toRecord();
    }

    public Optional<DraftReviewRecord> of(long draftId) {
        return reviews.findById(draftId).map(DraftReviewEntity::toRecord);
    }

    /** Drafts waiting for another administrator, the longest waiting first. */
    public List<DraftReviewRecord> inReview() {
        return reviews.findByStateOrderBySubmittedAtAsc(DraftReview.State.IN_REVIEW).stream()
                .map(DraftReviewEntity::toRecord).toList();
    }

    /**
     * Stores the review after a step, for the review as read at {@code expectedRowVersion}.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else took a step in between
     */
    @Transactional
    public DraftReviewRecord record(long draftId, long expectedRowVersion, DraftReview review,
                                    Optional<Instant> submittedAt, Optional<String> comment, Optional<String> reviewer) {
        DraftReviewEntity entity = reviews.findById(draftId)
                .orElseThrow(() -> new IllegalArgumentException("no review of draft " + draftId));
        if (entity.toRecord().rowVersion() != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(DraftReviewEntity.class, draftId);
        }
        entity.record(review, submittedAt, comment, reviewer);
        return reviews.saveAndFlush(entity).toRecord();
    }
}
