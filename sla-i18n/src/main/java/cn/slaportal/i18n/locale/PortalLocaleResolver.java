package cn.slaportal.i18n.locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * Chooses the language of a request as SPEC 4.1 says: the {@code lang} parameter ({@code ?lang=en|zh-CN}),
 * else the {@code sla_lang} cookie, else the best {@code Accept-Language} match, else zh-CN. Unknown or
 * malformed values at any step are skipped, never an error.
 *
 * <p>Requests under one of the header-only path prefixes (the JSON API, {@code /api/}) are resolved from
 * {@code Accept-Language} alone (SPEC 4.2): neither the parameter nor a cookie left by the pages changes an
 * API answer, and the API never sets the cookie.
 *
 * <p>The time zone of every request is Asia/Shanghai, the zone all SLA times are stated in.
 */
public final class PortalLocaleResolver implements LocaleContextResolver {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "sla_lang";
    public static final Duration COOKIE_MAX_AGE = Duration.ofDays(365);

    private static final TimeZone SHANGHAI = TimeZone.getTimeZone("Asia/Shanghai");
    private static final String CHOSEN_ATTRIBUTE = PortalLocaleResolver.class.getName() + ".CHOSEN";
    private static final String RESOLVED_ATTRIBUTE = PortalLocaleResolver.class.getName() + ".RESOLVED";

    private static final int MAX_COOKIE_LINES = 16;

    private final List<String> headerOnlyPrefixes;
    private final Map<String, CookieLine> cookieLines = new ConcurrentHashMap<>();

    /**
     * @param headerOnlyPrefixes path prefixes (after the context path), such as {@code /api/}, whose requests
     *                           follow {@code Accept-Language} only
     */
    public PortalLocaleResolver(List<String> headerOnlyPrefixes) {
        this.headerOnlyPrefixes = List.copyOf(headerOnlyPrefixes);
    }

    /** The language of this request; the decision SPEC 4.1 (or 4.2 for the API) describes. */
    public SupportedLanguage resolve(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN_ATTRIBUTE) instanceof SupportedLanguage chosen) {
            return chosen;
        }
        if (request.getAttribute(RESOLVED_ATTRIBUTE) instanceof SupportedLanguage resolved) {
            return resolved;
        }
        SupportedLanguage resolved = decide(request);
        request.setAttribute(RESOLVED_ATTRIBUTE, resolved);
        return resolved;
    }

    private SupportedLanguage decide(HttpServletRequest request) {
        if (!isHeaderOnly(request)) {
            Optional<SupportedLanguage> explicit = fromParameter(request).or(() -> fromCookie(request));
            if (explicit.isPresent()) {
                return explicit.get();
            }
        }
        return SupportedLanguage.bestMatch(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
                .orElse(SupportedLanguage.DEFAULT);
    }

    /** The supported language named by the request's {@code lang} parameter, if any. */
    public Optional<SupportedLanguage> fromParameter(HttpServletRequest request) {
        return SupportedLanguage.parse(request.getParameter(PARAMETER));
    }

    /** The supported language remembered in the request's cookie, if any. */
    public Optional<SupportedLanguage> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return SupportedLanguage.parse(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether this request belongs to a path that follows {@code Accept-Language} only (the JSON API). */
    public boolean isHeaderOnly(HttpServletRequest request) {
        String uri = request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        if (uri == null) {
            return false;
        }
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        String path = uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
        for (String prefix : headerOnlyPrefixes) {
            if (path.startsWith(prefix) || (prefix.endsWith("/") && path.equals(prefix.substring(0, prefix.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return resolve(request).locale();
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new SimpleTimeZoneAwareLocaleContext(resolveLocale(request), SHANGHAI);
    }

    /**
     * Remembers a language: for the rest of this request and, through the cookie, for the visitor's next
     * requests. A locale that is not supported (or {@code null}) forgets the choice and deletes the cookie.
     * Header-only (API) requests never get the cookie.
     */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<SupportedLanguage> language = SupportedLanguage.fromLocale(locale);
        if (language.isPresent()) {
            request.setAttribute(CHOSEN_ATTRIBUTE, language.get());
        } else {
            request.removeAttribute(CHOSEN_ATTRIBUTE);
        }
        if (response == null || isHeaderOnly(request)) {
            return;
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookieLine(language.map(SupportedLanguage::tag).orElse(""),
                cookiePath(request), request.isSecure()));
    }

    /**
     * The Set-Cookie value for a language (blank: delete the cookie). The value changes only with the second of its
     * Expires attribute, so the last one made for each language, path and scheme is kept for that second: a cached
     * page with {@code ?lang=} served to a visitor without the cookie does not format a date every time.
     */
    private String cookieLine(String tag, String path, boolean secure) {
        long second = System.currentTimeMillis() / 1000;
        String key = tag + '|' + path + '|' + secure;
        CookieLine known = cookieLines.get(key);
        if (known != null && known.second() == second) {
            return known.value();
        }
        String value = ResponseCookie.from(COOKIE, tag)
                .path(path)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .maxAge(tag.isEmpty() ? Duration.ZERO : COOKIE_MAX_AGE)
                .build().toString();
        if (cookieLines.size() < MAX_COOKIE_LINES || known != null) {
            cookieLines.put(key, new CookieLine(second, value));
        }
        return value;
    }

    private record CookieLine(long second, String value) {
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
        setLocale(request, response, localeContext == null ? null : localeContext.getLocale());
    }

    private static String cookiePath(HttpServletRequest request) {
        String contextPath = request.getContextPath();
        return contextPath == null || contextPath.isEmpty() ? "/" : contextPath;
    }
}
