package cn.slaportal.web.rendering;

import java.util.List;

/** The HTML of one Markdown text (safe to insert unescaped: raw HTML in the source is escaped) and its headings. */
public record RenderedMarkdown(String html, List<TocEntry> toc) {

    public RenderedMarkdown {
        if (html == null) {
            throw new IllegalArgumentException("html must not be null");
        }
        toc = List.copyOf(toc);
    }

    /** The headings of the top two levels present, for a compact table of contents. */
    public List<TocEntry> outline() {
        int top = toc.stream().mapToInt(TocEntry::level).min().orElse(2);
        return toc.stream().filter(entry -> entry.level() <= top + 1).toList();
    }
}
