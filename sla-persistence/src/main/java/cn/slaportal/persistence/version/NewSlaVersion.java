package cn.slaportal.persistence.version;

import cn.slaportal.core.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A version about to be published: both languages' title, summary and Markdown body are required, and the text
 * of its rule set (content/README.md, "Rule sets"; validated by the caller through sla-core's parser).
 */
public record NewSlaVersion(String document, int number, LocalizedText title, LocalizedText summary,
                            LocalizedText body, Instant publishedAt, LocalDate effectiveFrom, boolean adverse,
                            String publishedBy, VersionOrigin origin, String rules) {

    public NewSlaVersion {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(rules, "rules");
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1");
        }
    }
}
