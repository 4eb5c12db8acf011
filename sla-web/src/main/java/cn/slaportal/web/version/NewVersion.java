package cn.slaportal.web.version;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.version.VersionOrigin;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A version to publish: document, title, change summary and Markdown body in both languages, the rule-set text
 * (content/README.md, "Rules sets"), the effective date, the adverse flag, who publishes it and from where
 * (an administrator, or the demo loader).
 */
public record NewVersion(String document, LocalizedText title, LocalizedText summary, LocalizedText body,
        String rules, LocalDate effectiveFrom, boolean adverse, String publishedBy, VersionOrigin origin) {

    public NewVersion {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(origin, "origin");
        if (origin == VersionOrigin.CONTENT) {
            throw new IllegalArgumentException("content versions are imported, not published (ContentImporter)");
        }
    }
}
