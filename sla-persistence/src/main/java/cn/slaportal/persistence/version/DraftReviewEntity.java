package cn.slaportal.persistence.version;

import cn.slaportal.core.version.DraftReview;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "sla_draft_review")
class DraftReviewEntity {

    @Id
    @Column(name = "draft_id")
    private Long draftId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private DraftReview.State state;

    @Column(name = "author", nullable = false, updatable = false, length = 254)
    private String author;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "comment", columnDefinition = "text")
    private String comment;

    @Column(name = "reviewed_by", length = 254)
    private String reviewedBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected DraftReviewEntity() {
    }

    DraftReviewEntity(long draftId, DraftReview review) {
        this.draftId = draftId;
        this.author = review.author();
        this.state = review.state();
    }

    void record(DraftReview review, Optional<Instant> submittedAt, Optional<String> comment, Optional<String> reviewer) {
        this.state = review.state();
        submittedAt.ifPresent(at -> this.submittedAt = at);
        comment.ifPresent(text -> this.comment = text);
        reviewer.ifPresent(name -> this.reviewedBy = name);
    }

    DraftReviewRecord toRecord() {
        return new DraftReviewRecord(draftId, new DraftReview(state, author), Optional.ofNullable(submittedAt),
                Optional.ofNullable(comment), Optional.ofNullable(reviewedBy), rowVersion);
    }
}
