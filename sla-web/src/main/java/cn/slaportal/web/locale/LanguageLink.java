package cn.slaportal.web.locale;

/**
 * A link to the current page in one language: {@code tag} for {@code hreflang}/{@code lang}, {@code href}
 * ready for {@code th:href="${link.href}"} (it already carries the context path, so not inside {@code @{...}}),
 * {@code nameKey} the message key of the language's own name, {@code current} whether the page is in it.
 */
public record LanguageLink(String tag, String href, String nameKey, boolean current) {
}
