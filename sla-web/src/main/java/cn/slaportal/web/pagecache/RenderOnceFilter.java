package cn.slaportal.web.pagecache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

import cn.slaportal.i18n.locale.PortalLocaleResolver;
import cn.slaportal.i18n.locale.SupportedLanguage;

/**
 * Fills {@link PageCache} and serves it to the requests {@link StoredPages#pageFilter()} and
 * {@link StoredPages#formPageFilter()} left alone. Runs behind Spring Security's filter chain (a servlet filter of the
 * lowest precedence), so every answer gets every security header. Only GETs of {@link StoredPages#PAGES} by
 * anonymous visitors are looked at; a request is anonymous without any query when it carries no session id (those
 * are mostly answered earlier, in the chain). A stored page is written at once (or answered 304); otherwise the
 * request is rendered as usual and — only then — buffered, and a 200 in HTML, JSON or Atom that created no session
 * and set no cookie besides the language and CSRF cookies is kept, with what the language interceptor decided for
 * it ({@code Vary}, the language its address chooses), the route of its handler and its CSRF token. A page with a
 * form keeps its place for the CSRF token: every visitor gets their own ({@link CachedPage}).
 */
@Component
class RenderOnceFilter extends OncePerRequestFilter {

    private static final Set<String> KEPT_TYPES = Set.of("text/html", "application/json", "application/atom+xml");
    private static final String DEFAULT_CACHE_CONTROL = "no-cache";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String CSRF_COOKIE = "XSRF-TOKEN=";

    private final PageCache cache;
    private final StoredPages stored;
    private final PortalLocaleResolver locales;
    private final Clock clock;

    RenderOnceFilter(PageCache cache, StoredPages stored, PortalLocaleResolver locales, Clock clock) {
        this.cache = cache;
        this.stored = stored;
        this.locales = locales;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !stored.isPageRequest(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous(request)) {
            chain.doFilter(request, response);
            return;
        }
        PageCache.State state = cache.current();
        PageCache.PageKey key = stored.keyOf(request);
        if (stored.serve(request, response)) {
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (state.pages().containsKey(key) || !keepable(request, wrapper)) {
            wrapper.copyBodyToResponse();
            return;
        }
        String cacheControl = wrapper.getHeader(HttpHeaders.CACHE_CONTROL);
        // Views set the response's locale, which Tomcat sends as Content-Language only when the response commits.
        byte[] body = wrapper.getContentAsByteArray();
        SupportedLanguage languageParameter = locales.isHeaderOnly(request) ? null
                : locales.fromParameter(request).orElse(null);
        CachedPage page = cache.store(state, key, body, wrapper.getContentType(),
                wrapper.getContentType().startsWith(MediaType.TEXT_HTML_VALUE) ? wrapper.getLocale() : null,
                wrapper.getHeader(HttpHeaders.ETAG),
                clock.millis() / 1000 * 1000,
                cacheControl == null ? DEFAULT_CACHE_CONTROL : cacheControl, varyOf(wrapper), languageParameter,
                request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String route ? route : null,
                csrfTokenIn(request, body));
        page.writeTo(request, response);
    }

    /** Everything the rendered answer varies on (the language interceptor's choice), and Accept-Encoding: one value. */
    private static String varyOf(HttpServletResponse response) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (String value : response.getHeaders(HttpHeaders.VARY)) {
            for (String name : value.split(",")) {
                String trimmed = name.trim();
                if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                    names.add(trimmed);
                }
            }
        }
        if (seen.add(HttpHeaders.ACCEPT_ENCODING.toLowerCase(Locale.ROOT))) {
            names.add(HttpHeaders.ACCEPT_ENCODING);
        }
        return String.join(", ", names);
    }

    /**
     * Whether the visitor is anonymous: certainly when the request names no session; otherwise as Spring Security
     * says. Both questions read the session (Spring Session loads it to tell whether the requested id is valid), so
     * both may fail during an outage: a session that cannot be read counts as anonymous, and stored pages keep
     * being served ({@link StoredPages#SESSION_UNREADABLE}).
     */
    private static boolean anonymous(HttpServletRequest request) {
        try {
            return request.getRequestedSessionId() == null || request.getUserPrincipal() == null;
        } catch (RuntimeException failure) {
            if (StoredPages.SESSION_UNREADABLE.test(failure)) {
                return true;
            }
            throw failure;
        }
    }

    /** The CSRF token the page was rendered with, when it has a form that carries one; else null. */
    private static String csrfTokenIn(HttpServletRequest request, byte[] body) {
        if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return null;
        }
        Matcher field = CSRF_FIELD.matcher(new String(body, StandardCharsets.UTF_8));
        return field.find() ? field.group(1) : null;
    }

    private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        String type = response.getContentType();
        if (response.getStatus() != HttpServletResponse.SC_OK || type == null
                || !KEPT_TYPES.contains(type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
                || response.containsHeader(HttpHeaders.CONTENT_ENCODING) || request.getSession(false) != null) {
            return false;
        }
        return response.getHeaders(HttpHeaders.SET_COOKIE).stream()
                .allMatch(cookie -> cookie.startsWith(PortalLocaleResolver.COOKIE + "=") || cookie.startsWith(CSRF_COOKIE));
    }
}
