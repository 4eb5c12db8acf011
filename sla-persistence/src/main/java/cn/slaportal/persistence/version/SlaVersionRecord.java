package cn.slaportal.persistence.version;

import cn.slaportal.core.LocalizedText;
import java.util.Locale;

/** A published version with its raw Markdown body in both languages. */
public record SlaVersionRecord(SlaVersionSummary summary, LocalizedText body) {

    public String document() {
        return summary.document();
    }

    public int number() {
        return summary.number();
    }

    /** The Markdown body in the locale's language (Chinese for any zh locale, English otherwise). */
    public String bodyIn(Locale locale) {
        return body.in(locale);
    }
}
