package cn.slaportal.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.SlaRuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftReviewTest {

    private static final String AUTHOR = "admin@slaportal.demo";

    @ParameterizedTest(name = "{0} {1} by {2}: {3}")
    @CsvSource({
            "DRAFT,     submit,  admin@slaportal.demo,    IN_REVIEW",
            "DRAFT,     submit,  reviewer@slaportal.demo, draft.error.not-author",
            "IN_REVIEW, submit,  admin@slaportal.demo,    draft.error.in-review",
            "DRAFT,     edit,    admin@slaportal.demo,    DRAFT",
            "IN_REVIEW, edit,    admin@slaportal.demo,    draft.error.in-review",
            "IN_REVIEW, approve, reviewer@slaportal.demo, IN_REVIEW",
            "IN_REVIEW, approve, admin@slaportal.demo,    draft.error.own-draft",
            "IN_REVIEW, approve, ADMIN@slaportal.demo,    draft.error.own-draft",
            "DRAFT,     approve, reviewer@slaportal.demo, draft.error.not-in-review",
            "IN_REVIEW, return,  reviewer@slaportal.demo, DRAFT",
            "IN_REVIEW, return,  admin@slaportal.demo,    draft.error.own-draft",
            "DRAFT,     return,  reviewer@slaportal.demo, draft.error.not-in-review"
    })
    void nobodyApprovesTheirOwnDraft(DraftReview.State state, String step, String actor, String outcome) {
        DraftReview review = new DraftReview(state, AUTHOR);

        if (outcome.startsWith("draft.error")) {
            assertThatThrownBy(() -> take(review, step, actor)).isInstanceOf(SlaRuleViolation.class)
                    .extracting(error -> ((SlaRuleViolation) error).code()).isEqualTo(outcome);
        } else {
            assertThat(take(review, step, actor).state()).isEqualTo(DraftReview.State.valueOf(outcome));
        }
    }

    @ParameterizedTest(name = "comment \"{0}\"")
    @CsvSource({"''", "'   '"})
    void aReturnedDraftCarriesAComment(String comment) {
        DraftReview review = new DraftReview(DraftReview.State.IN_REVIEW, AUTHOR);

        assertThatThrownBy(() -> review.returnToAuthor("reviewer@slaportal.demo", comment))
                .isInstanceOf(SlaRuleViolation.class)
                .extracting(error -> ((SlaRuleViolation) error).code()).isEqualTo("draft.error.comment-required");
    }

    private static DraftReview take(DraftReview review, String step, String actor) {
        return switch (step) {
            case "submit" -> review.submit(actor);
            case "edit" -> review.edit(actor);
            case "approve" -> {
                review.approve(actor);
                yield review;
            }
            case "return" -> review.returnToAuthor(actor, "Clause 3.2 still says two months.");
            default -> throw new IllegalArgumentException(step);
        };
    }
}
