package cn.slaportal.web.search;

import java.util.Objects;

/**
 * One searchable unit in one language: an SLA clause or a FAQ entry. {@code text} is plain text (no
 * Markdown, no HTML); {@code url} is where a result links to, with its fragment.
 */
public record SearchEntry(SearchKind kind, String language, String title, String context, String text, String url) {

    public SearchEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
    }
}
