package cn.slaportal.web.faq;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.faq.FaqContent;
import cn.slaportal.web.credit.FieldErrors;
import java.time.LocalDate;
import java.util.Optional;

/** The FAQ entry form exactly as typed: question and answer (Markdown) in both languages. */
public record FaqEditForm(String titleEn, String titleZh, String bodyEn, String bodyZh) {

    static final int TITLE_LIMIT = 500;
    static final int BODY_LIMIT = 20_000;

    public FaqEditForm {
        titleEn = clean(titleEn, TITLE_LIMIT + 1);
        titleZh = clean(titleZh, TITLE_LIMIT + 1);
        bodyEn = clean(bodyEn, BODY_LIMIT + 1);
        bodyZh = clean(bodyZh, BODY_LIMIT + 1);
    }

    static FaqEditForm of(FaqContent content) {
        return new FaqEditForm(content.title().en(), content.title().zhCn(), content.body().en(), content.body().zhCn());
    }

    /** The content to save (keeping the entry's position, dated {@code today}), or empty with the refusals. */
    Optional<FaqContent> toContent(int position, LocalDate today, FieldErrors errors) {
        required("titleEn", titleEn, TITLE_LIMIT, errors);
        required("titleZh", titleZh, TITLE_LIMIT, errors);
        required("bodyEn", bodyEn, BODY_LIMIT, errors);
        required("bodyZh", bodyZh, BODY_LIMIT, errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FaqContent(position, new LocalizedText(titleEn, titleZh), new LocalizedText(bodyEn, bodyZh),
                today));
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
