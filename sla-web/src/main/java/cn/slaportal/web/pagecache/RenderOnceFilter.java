package cn.slaportal.web.pagecache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import cn.slaportal.i18n.locale.LanguageParameterInterceptor;
import cn.slaportal.i18n.locale.PortalLocaleResolver;

/**
 * Serves the pages that change only with the published content from {@link PageCache}, and fills it. Runs
 * behind Spring Security's filter chain (a servlet filter of the lowest precedence), so cached answers get every
 * security header. Only anonymous GETs of {@link #PAGES} are looked at; a request is anonymous without any query
 * when it carries no session id. A stored page is written at once (or answered 304); otherwise the request is
 * rendered as usual and — only then — buffered, and a 200 in HTML, JSON or Atom that created no session and set
 * no cookie besides the language and CSRF cookies is kept. A page with a form keeps its place for the CSRF token:
 * every visitor gets their own ({@link CachedPage}). What the language interceptor does for a rendered page (the
 * language cookie for {@code ?lang=}, {@code Vary}) is done for a stored one too.
 */
@Component
class RenderOnceFilter extends OncePerRequestFilter {

    /**
     * Every public page, JSON twin and API list that depends only on published content and the day. Not the
     * sign-in page: a deep link's saved request must reach it through the normal chain.
     */
    static final List<String> PAGES = List.of("/", "/sla", "/sla/**", "/faq", "/faq/**", "/search", "/calculator",
            "/api/v1/documents/**", "/api/v1/service-levels");

    private static final Set<String> KEPT_TYPES = Set.of("text/html", "application/json", "application/atom+xml");
    private static final String DEFAULT_CACHE_CONTROL = "no-cache";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String CSRF_COOKIE = "XSRF-TOKEN=";

    private final PageCache cache;
    private final LanguageParameterInterceptor language;
    private final PortalLocaleResolver locales;
    private final Clock clock;
    private final List<PathPattern> pages;

    RenderOnceFilter(PageCache cache, PortalLocaleResolver locales, Clock clock) {
        this.cache = cache;
        this.locales = locales;
        this.language = new LanguageParameterInterceptor(locales);
        this.clock = clock;
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.pages = PAGES.stream().map(parser::parse).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return pages.stream().noneMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!anonymous(request)) {
            chain.doFilter(request, response);
            return;
        }
        PageCache.State state = cache.current();
        PageCache.PageKey key = new PageCache.PageKey(request.getServerName() + ":" + request.getServerPort(),
                request.getRequestURI(), request.getQueryString(), locales.resolve(request).tag());
        CachedPage stored = state.pages().get(key);
        if (stored != null && stored.acceptableTo(request.getHeader(HttpHeaders.ACCEPT))) {
            language.preHandle(request, response, this);
            stored.writeTo(request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (stored != null || !keepable(request, wrapper)) {
            wrapper.copyBodyToResponse();
            return;
        }
        String cacheControl = wrapper.getHeader(HttpHeaders.CACHE_CONTROL);
        // Views set the response's locale, which Tomcat sends as Content-Language only when the response commits.
        byte[] body = wrapper.getContentAsByteArray();
        CachedPage page = cache.store(state, key, body, wrapper.getContentType(),
                wrapper.getContentType().startsWith(MediaType.TEXT_HTML_VALUE) ? wrapper.getLocale() : null,
                wrapper.getHeader(HttpHeaders.ETAG),
                clock.millis() / 1000 * 1000,
                cacheControl == null ? DEFAULT_CACHE_CONTROL : cacheControl, csrfTokenIn(request, body));
        page.writeTo(request, response);
    }

    /**
     * Whether the visitor is anonymous: certainly when the request names no session; otherwise as Spring Security
     * says (which reads the session). A session that cannot be read during an outage counts as anonymous, so
     * stored pages keep being served.
     */
    private static boolean anonymous(HttpServletRequest request) {
        if (request.getRequestedSessionId() == null) {
            return true;
        }
        try {
            return request.getUserPrincipal() == null;
        } catch (DataAccessException unreachable) {
            return true;
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
