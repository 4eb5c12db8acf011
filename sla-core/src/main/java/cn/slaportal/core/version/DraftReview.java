package cn.slaportal.core.version;

import cn.slaportal.core.SlaRuleViolation;
import java.util.Objects;

/**
 * Four eyes on a draft of an SLA version: its author edits it and submits it for review; another administrator
 * approves it (and publishes it) or returns it to the author with a comment. Nobody approves their own draft, and a
 * draft under review is not edited. Each step returns the review as it is after the step, or refuses with a message
 * code: {@code draft.error.not-author}, {@code draft.error.own-draft}, {@code draft.error.in-review},
 * {@code draft.error.not-in-review}, {@code draft.error.comment-required}.
 */
public record DraftReview(State state, String author) {

    /** Being written by its author, or waiting for another administrator. */
    public enum State { DRAFT, IN_REVIEW }

    public DraftReview {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(author, "author");
    }

    public static DraftReview startedBy(String author) {
        return new DraftReview(State.DRAFT, author);
    }

    /** The author changes the text; refused while the draft is under review. */
    public DraftReview edit(String editor) {
        if (state == State.IN_REVIEW) {
            throw new SlaRuleViolation("draft.error.in-review");
        }
        return this;
    }

    public DraftReview submit(String actor) {
        if (state != State.DRAFT) {
            throw new SlaRuleViolation("draft.error.in-review");
        }
        if (!author.equalsIgnoreCase(actor)) {
            throw new SlaRuleViolation("draft.error.not-author");
        }
        return new DraftReview(State.IN_REVIEW, author);
    }

    public DraftReview returnToAuthor(String reviewer, String comment) {
        reviewedBy(reviewer);
        if (comment == null || comment.isBlank()) {
            throw new SlaRuleViolation("draft.error.comment-required");
        }
        return new DraftReview(State.DRAFT, author);
    }

    /** The reviewer may publish the draft. */
    public void approve(String reviewer) {
        reviewedBy(reviewer);
    }

    private void reviewedBy(String reviewer) {
        if (state != State.IN_REVIEW) {
            throw new SlaRuleViolation("draft.error.not-in-review");
        }
        if (author.equalsIgnoreCase(reviewer)) {
            throw new SlaRuleViolation("draft.error.own-draft");
        }
    }
}
