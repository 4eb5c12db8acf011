package cn.slaportal.web.draft;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.version.SlaDraft;
import cn.slaportal.persistence.version.SlaDraftContent;
import cn.slaportal.web.credit.FieldErrors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The draft form exactly as typed: titles, change summaries and Markdown bodies in both languages, rule set, dates. */
public record DraftForm(String titleEn, String titleZh, String summaryEn, String summaryZh, String bodyEn,
                        String bodyZh, String rules, String effectiveFrom, String adverse, String rowVersion) {

    static final int BODY_LIMIT = 500_000;

    public DraftForm {
        titleEn = clean(titleEn, 301);
        titleZh = clean(titleZh, 301);
        summaryEn = clean(summaryEn, 4001);
        summaryZh = clean(summaryZh, 4001);
        bodyEn = clean(bodyEn, BODY_LIMIT + 1);
        bodyZh = clean(bodyZh, BODY_LIMIT + 1);
        rules = clean(rules, 100_001);
        effectiveFrom = clean(effectiveFrom, 20);
        adverse = clean(adverse, 10);
        rowVersion = clean(rowVersion, 20);
    }

    static DraftForm of(SlaDraft draft) {
        SlaDraftContent content = draft.content();
        return new DraftForm(content.title().en(), content.title().zhCn(), content.summary().en(),
                content.summary().zhCn(), content.body().en(), content.body().zhCn(), content.rules().orElse(""),
                content.effectiveFrom() == null ? "" : content.effectiveFrom().toString(),
                content.adverse() ? "true" : "", Long.toString(draft.rowVersion()));
    }

    public boolean isAdverse() {
        return "true".equals(adverse);
    }

    /** The content to save, or empty with the refusals: every text in both languages, a day if one is given. */
    Optional<SlaDraftContent> toContent(FieldErrors errors) {
        required("titleEn", titleEn, 300, errors);
        required("titleZh", titleZh, 300, errors);
        required("summaryEn", summaryEn, 4000, errors);
        required("summaryZh", summaryZh, 4000, errors);
        required("bodyEn", bodyEn, BODY_LIMIT, errors);
        required("bodyZh", bodyZh, BODY_LIMIT, errors);
        LocalDate effective = null;
        if (!effectiveFrom.isEmpty()) {
            try {
                effective = LocalDate.parse(effectiveFrom);
            } catch (DateTimeParseException e) {
                errors.reject("effectiveFrom", "organisation.form.error.day");
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SlaDraftContent(new LocalizedText(titleEn, titleZh), new LocalizedText(summaryEn, summaryZh),
                new LocalizedText(bodyEn, bodyZh), effective, isAdverse(), rules.isEmpty() ? Optional.empty() : Optional.of(rules)));
    }

    Optional<Long> expectedRowVersion() {
        try {
            return Optional.of(Long.parseLong(rowVersion));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void required(String field, String value, int limit, FieldErrors errors) {
        if (value.isBlank()) {
            errors.reject(field, "faq.edit.error.required");
        } else if (value.length() > limit) {
            errors.reject(field, "faq.edit.error.long", limit);
        }
    }

    private static String clean(String value, int limit) {
        if (value == null) {
            return "";
        }
        String text = value.replace("\r\n", "\n").strip();
        return text.length() > limit ? text.substring(0, limit) : text;
    }
}
