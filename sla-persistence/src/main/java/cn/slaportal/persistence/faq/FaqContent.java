package cn.slaportal.persistence.faq;

import cn.slaportal.core.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;

/** The question (title) and Markdown answer (body) of an entry in both languages, its order and date. */
public record FaqContent(int position, LocalizedText title, LocalizedText body, LocalDate updatedOn) {

    public FaqContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(updatedOn, "updatedOn");
    }
}
