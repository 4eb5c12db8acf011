package cn.slaportal.core.exclusion;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.ClauseNumber;
import cn.slaportal.core.catalog.SlaDocument;
import java.util.Objects;

/**
 * One SLA Exclusion of a version: stable code (cited by administrators), document, the clause of the text that
 * states it, and a short title in both languages.
 */
public record Exclusion(String code, SlaDocument document, ClauseNumber clause, LocalizedText title) {

    public Exclusion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(title, "title");
    }
}
