package cn.slaportal.web.draft;

import cn.slaportal.persistence.version.SlaDraftContent;
import cn.slaportal.web.credit.FieldErrors;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A new SLA document exactly as typed: its slug, its name in both languages (the title of its first version), the
 * summary of that first publication and its text in both languages, its rule set (its service levels) and the day it
 * takes effect.
 */
public record NewDocumentForm(String slug, String titleEn, String titleZh, String summaryEn, String summaryZh,
                              String bodyEn, String bodyZh, String rules, String effectiveFrom) {

    /** The slugs the public addresses accept ({@code /sla/{document}}), the same as the content folders'. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    static final int SLUG_LIMIT = 64;

    public NewDocumentForm {
        slug = clean(slug, SLUG_LIMIT + 1);
        titleEn = clean(titleEn, 301);
        titleZh = clean(titleZh, 301);
        summaryEn = clean(summaryEn, 4001);
        summaryZh = clean(summaryZh, 4001);
        bodyEn = clean(bodyEn, DraftForm.BODY_LIMIT + 1);
        bodyZh = clean(bodyZh, DraftForm.BODY_LIMIT + 1);
        rules = clean(rules, 100_001);
        effectiveFrom = clean(effectiveFrom, 20);
    }

    static NewDocumentForm empty() {
        return new NewDocumentForm("", "", "", "", "", "", "", "", "");
    }

    /** The first version's content, or empty with the refusals of the form's own fields (not yet the rule set). */
    Optional<SlaDraftContent> toContent(FieldErrors errors) {
        if (slug.isEmpty()) {
            errors.reject("slug", "document.new.error.required");
        } else if (slug.length() > SLUG_LIMIT || !SLUG.matcher(slug).matches()) {
            errors.reject("slug", "document.new.error.slug", SLUG_LIMIT);
        }
        DraftForm draft = new DraftForm(titleEn, titleZh, summaryEn, summaryZh, bodyEn, bodyZh, rules, effectiveFrom,
                "", "0");
        Optional<SlaDraftContent> content = draft.toContent(errors);
        if (rules.isEmpty()) {
            errors.reject("rules", "document.new.error.required");
        }
        if (effectiveFrom.isEmpty()) {
            errors.reject("effectiveFrom", "document.new.error.required");
        }
        return errors.isEmpty() ? content : Optional.empty();
    }

    private static String clean(String value, int limit) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\r\n", "\n").strip();
        return text.length() > limit ? text.substring(0, limit) : text;
    }
}
