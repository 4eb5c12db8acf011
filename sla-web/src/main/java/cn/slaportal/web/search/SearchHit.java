package cn.slaportal.web.search;

/**
 * One ranked result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text whose only markup is
 * {@code <mark>} around the matched words.
 */
public record SearchHit(SearchKind kind, String titleHtml, String context, String snippetHtml, String url) {
}
