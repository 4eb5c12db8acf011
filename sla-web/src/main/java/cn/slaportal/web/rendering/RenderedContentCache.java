package cn.slaportal.web.rendering;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Rendered HTML of published texts, kept after the first rendering. A published SLA version is immutable,
 * so (document, version, language) identifies its HTML for good. FAQ answers can be edited, so they are
 * keyed by their Markdown text itself: an edited answer is a new key. The number of published texts is
 * small (tens of documents and versions, a few hundred answers); when an unusual number of edits has
 * accumulated, the FAQ part is simply emptied and refilled on demand.
 */
@Component
public class RenderedContentCache {

    static final int MAX_TEXT_ENTRIES = 2_000;

    private final MarkdownRenderer renderer;
    private final Map<VersionKey, RenderedMarkdown> versions = new ConcurrentHashMap<>();
    private final Map<String, RenderedMarkdown> texts = new ConcurrentHashMap<>();

    public RenderedContentCache(MarkdownRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The HTML of a published SLA version in one language; {@code markdown} is only asked for on the first call.
     * Never use this for drafts: a draft can change, a cached rendering would not.
     */
    public RenderedMarkdown publishedVersion(String document, int version, String language, Supplier<String> markdown) {
        return versions.computeIfAbsent(new VersionKey(document, version, language),
                key -> renderer.render(markdown.get()));
    }

    /** The HTML of any other text (an FAQ answer, a change summary), keyed by its content. */
    public RenderedMarkdown text(String markdown) {
        return text(markdown, "");
    }

    /**
     * The HTML of a text shown next to others on one page (FAQ answers): unnumbered headings get anchors
     * scoped by {@code scope} (e.g. the entry's slug), so they stay unique on the page.
     */
    public RenderedMarkdown text(String markdown, String scope) {
        if (texts.size() >= MAX_TEXT_ENTRIES) {
            texts.clear();
        }
        String safeScope = scope == null ? "" : scope;
        String source = markdown == null ? "" : markdown;
        return texts.computeIfAbsent(safeScope + "\u0000" + source, key -> renderer.render(source, safeScope));
    }

    private record VersionKey(String document, int version, String language) {
    }
}
