package cn.slaportal.web.search;

/**
 * One ranked result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text whose only markup is
 * {@code <mark>} around the matched words. {@code language} is the language of the text ({@code en} or
 * {@code zh-CN}); when it is not the page's, {@code url} opens the page in that language.
 */
public record SearchHit(SearchKind kind, String language, boolean inPageLanguage, String titleHtml, String context,
                        String snippetHtml, String url) {
}
