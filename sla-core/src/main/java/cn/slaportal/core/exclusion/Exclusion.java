package cn.slaportal.core.exclusion;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.SlaDocument;
import java.util.Objects;

/** One SLA Exclusion: stable code, document, clause number in the document's exclusion list, short title. */
public record Exclusion(String code, SlaDocument document, int clause, LocalizedText title) {

    public Exclusion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(title, "title");
        if (clause < 1) {
            throw new IllegalArgumentException("clause numbers start at 1");
        }
    }
}
