package cn.slaportal.web.locale;

import cn.slaportal.i18n.locale.PortalLocaleResolver;
import cn.slaportal.i18n.locale.SupportedLanguage;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The {@code languageLinks} bean: the language of the current page and links to the same page in each
 * language, for the layout's language switch and {@code <html lang>}. A link keeps the current path and query
 * and replaces any {@code lang} parameter; following it switches the language and, through the cookie,
 * keeps it for the next pages.
 */
public final class LanguageLinks {

    /** The {@code hreflang} of the alternate that lets the visitor's browser settings choose the language. */
    public static final String X_DEFAULT = "x-default";

    private final String publicBaseUrl;

    /** Links whose absolute form ({@link #alternates()}) takes scheme, host and port from each request. */
    public LanguageLinks() {
        this("");
    }

    /**
     * @param publicBaseUrl the portal's public address without a trailing path ({@code https://sla.example.cn}),
     *                      used for absolute links; blank to take it from each request
     */
    public LanguageLinks(String publicBaseUrl) {
        String base = publicBaseUrl == null ? "" : publicBaseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (!base.isEmpty()) {
            URI uri = URI.create(base);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("sla.public-base-url must be an absolute http(s) address such as"
                        + " https://sla.example.cn, not " + publicBaseUrl);
            }
        }
        this.publicBaseUrl = base;
    }

    /** The language of the current request (zh-CN outside a request). */
    public SupportedLanguage current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return SupportedLanguage.fromLocale(locale).orElse(SupportedLanguage.DEFAULT);
    }

    /** {@code en} or {@code zh-CN}, for {@code <html th:lang="${@languageLinks.currentTag()}">}. */
    public String currentTag() {
        return current().tag();
    }

    /** The link to this page in the language the page is not in: the language switch. */
    public LanguageLink other() {
        return link(current().other());
    }

    /** Links to this page in every supported language, the current one flagged. */
    public List<LanguageLink> all() {
        return Arrays.stream(SupportedLanguage.values()).map(this::link).toList();
    }

    /** The address of this page in the language of {@code tag} ({@code en}, {@code zh-CN}; lenient). */
    public String href(String tag) {
        SupportedLanguage language = SupportedLanguage.parse(tag)
                .orElseThrow(() -> new IllegalArgumentException("not a supported language: " + tag));
        return hrefFor(currentRequest(), language);
    }

    /**
     * Absolute addresses of this page in every language plus {@code x-default} (the address without a language
     * parameter, where the cookie, the browser's languages or the default decide), for
     * {@code <link rel="alternate" hreflang>}: search engines want them absolute.
     */
    public List<LanguageLink> alternates() {
        HttpServletRequest request = currentRequest();
        String base = base(request);
        List<LanguageLink> links = new ArrayList<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            links.add(new LanguageLink(language.tag(), base + hrefFor(request, language), language.nameKey(),
                    language == current()));
        }
        links.add(new LanguageLink(X_DEFAULT, base + pathAndQuery(request, null), SupportedLanguage.DEFAULT.nameKey(),
                false));
        return List.copyOf(links);
    }

    /** {@code https://host[:port]}: the configured public address, else the request's scheme, host and port. */
    public String base(HttpServletRequest request) {
        if (!publicBaseUrl.isEmpty() || request == null) {
            return publicBaseUrl;
        }
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return request.getScheme() + "://" + host + (defaultPort ? "" : ":" + port);
    }

    private LanguageLink link(SupportedLanguage language) {
        return new LanguageLink(language.tag(), hrefFor(currentRequest(), language), language.nameKey(),
                language == current());
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }

    /**
     * The path and query the visitor asked for (before any forward or error dispatch), with {@code lang} set to
     * the language: {@code /faq/billing?q=x&lang=en}. Outside a request, the home page.
     */
    static String hrefFor(HttpServletRequest request, SupportedLanguage language) {
        return pathAndQuery(request, language);
    }

    /** The original path and query without any {@code lang} parameter, then {@code lang=} the language if given. */
    private static String pathAndQuery(HttpServletRequest request, SupportedLanguage language) {
        String parameter = language == null ? null : PortalLocaleResolver.PARAMETER + "=" + language.tag();
        if (request == null) {
            return parameter == null ? "/" : "/?" + parameter;
        }
        String path = originalPath(request);
        List<String> kept = new ArrayList<>();
        String query = originalQuery(request);
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !isLanguageParameter(pair)) {
                    kept.add(pair);
                }
            }
        }
        if (parameter != null) {
            kept.add(parameter);
        }
        return kept.isEmpty() ? path : path + "?" + String.join("&", kept);
    }

    private static String originalPath(HttpServletRequest request) {
        Object original = null;
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        } else if (request.getDispatcherType() == DispatcherType.FORWARD) {
            original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        }
        String path = original instanceof String text ? text : request.getRequestURI();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        // One leading slash only: "//host/x" would be read by browsers as another site.
        return "/" + path.replaceFirst("^[/\\\\]+", "");
    }

    private static String originalQuery(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.FORWARD
                && request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) instanceof String original) {
            return original;
        }
        return request.getQueryString();
    }

    private static boolean isLanguageParameter(String pair) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        try {
            name = URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return name.equals(PortalLocaleResolver.PARAMETER);
    }
}
