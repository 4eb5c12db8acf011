package cn.slaportal.persistence.version;

import cn.slaportal.core.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The editable part of a draft; the effective date and the rule-set text (content/README.md, "Rule sets") may stay
 * open until publication.
 */
public record SlaDraftContent(LocalizedText title, LocalizedText summary, LocalizedText body,
                              LocalDate effectiveFrom, boolean adverse, Optional<String> rules) {

    public SlaDraftContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(rules, "rules");
    }
}
