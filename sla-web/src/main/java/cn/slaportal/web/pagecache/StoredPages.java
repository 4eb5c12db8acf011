package cn.slaportal.web.pagecache;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import cn.slaportal.i18n.locale.PortalLocaleResolver;
import cn.slaportal.i18n.locale.SupportedLanguage;

/**
 * The answers {@link PageCache} can give: which requests may be answered from it ({@link #PAGES}), the key of a
 * request, and the writing of a stored page with what the language interceptor adds to a rendered one (the
 * language cookie for {@code ?lang=}) and the route for the request metrics ({@code http.server.requests}).
 *
 * <p>Stored pages are answered inside Spring Security's filter chain, for a GET without a session: a page is stored
 * only after an anonymous GET of the same address passed the whole chain, the authorization filter included, and was
 * answered 200; the rules decide on address, method and authentication alone, so the same anonymous GET is let
 * through again and the rest of the chain adds nothing to the answer but its security headers.
 * <ul>
 * <li>{@link #pageFilter()}, the chain's first filter (behind the firewall), answers a page without a form, its
 * security headers written by the chain's own {@code HeaderWriterFilter} around the answer (the same writers, on
 * commit, as for every answer; {@link #chainHeaders()} hands that filter over): the filters it skips —
 * URL encoding, async integration, the security context of a visitor who has none, the CSRF token a page without a
 * form does not use — change nothing in it;</li>
 * <li>{@link #formPageFilter()}, right after the CSRF filter, answers a page with a form, which needs this
 * visitor's CSRF token.</li>
 * </ul>
 * Everything else (other requests, a page not stored yet, a visitor with a session) continues down the chain to
 * {@link RenderOnceFilter}.
 *
 * <p>Which page will be answered is known before the chain runs ({@link #predict}): the request metrics
 * ({@link StoredPageObservationFilter}) record such a request without an observation of its own.
 */
@Component
public class StoredPages {

    /**
     * Every public page, JSON twin and API list that depends only on published content and the day. Not the
     * sign-in page: a deep link's saved request must reach it through the normal chain.
     */
    static final List<String> PAGES = List.of("/", "/sla", "/sla/**", "/faq", "/faq/**", "/search", "/calculator",
            "/api/v1/documents/**", "/api/v1/service-levels");

    /**
     * A session that cannot be read: Spring Session reads it in a transaction, so the database being away arrives
     * as the transaction that could not begin ({@code CannotCreateTransactionException}) or as a data-access failure.
     */
    static final Predicate<RuntimeException> SESSION_UNREADABLE = failure -> failure instanceof DataAccessException
            || failure instanceof TransactionException;

    /** The request attribute that holds the page {@link #predict} chose, for the stored-page filters to answer with. */
    static final String PREDICTED = StoredPages.class.getName() + ".PREDICTED";
    /** The request attribute that holds the page a request was answered with. */
    static final String SERVED = StoredPages.class.getName() + ".SERVED";

    private final PageCache cache;
    private final PortalLocaleResolver locales;
    private final List<PathPattern> pages;
    private final HttpSessionIdResolver sessionIds;
    private volatile Filter chainHeaders;

    StoredPages(PageCache cache, PortalLocaleResolver locales, ObjectProvider<HttpSessionIdResolver> sessionIdResolver,
                ObjectProvider<CookieSerializer> sessionCookie) {
        this.cache = cache;
        this.locales = locales;
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.pages = PAGES.stream().map(parser::parse).toList();
        // As Spring Session's filter reads the session ids of a request (SpringHttpSessionConfiguration).
        this.sessionIds = sessionIdResolver.getIfAvailable(() -> {
            CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
            sessionCookie.ifAvailable(cookies::setCookieSerializer);
            return cookies;
        });
    }

    /**
     * Spring Security's header filter of the chain, handed over as the chain is built ({@code HeadersConfigurer}'s
     * object post-processor): {@link #pageFilter()} writes the security headers through it.
     */
    public ObjectPostProcessor<HeaderWriterFilter> chainHeaders() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                chainHeaders = filter;
                return filter;
            }
        };
    }

    /**
     * The filter that answers stored pages without a form as the first of Spring Security's chain (not a bean: only
     * the chain runs it); the chain's header filter writes their security headers.
     */
    public Filter pageFilter() {
        return new EarlyFilter(false);
    }

    /** The filter that answers stored pages with a form, after Spring Security's CSRF filter (not a bean). */
    public Filter formPageFilter() {
        return new EarlyFilter(true);
    }

    /** Whether the request is a GET of one of {@link #PAGES}. */
    boolean isPageRequest(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        PathContainer path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()
                : PathContainer.parsePath(request.getRequestURI());
        for (PathPattern page : pages) {
            if (page.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key a request's page is stored under: its address and the language it is in. When the address chooses the
     * language itself ({@code ?lang=} on a page that is not header-only), the request resolves to that language
     * whatever its cookie or Accept-Language say, so the key holds the address alone (language null).
     */
    PageCache.PageKey keyOf(HttpServletRequest request) {
        boolean chosenByAddress = !locales.isHeaderOnly(request) && locales.fromParameter(request).isPresent();
        return chosenByAddress ? addressKey(request) : languageKey(request);
    }

    private static PageCache.PageKey addressKey(HttpServletRequest request) {
        return new PageCache.PageKey(request.getServerName(), request.getServerPort(), request.getRequestURI(),
                request.getQueryString(), null);
    }

    private PageCache.PageKey languageKey(HttpServletRequest request) {
        return new PageCache.PageKey(request.getServerName(), request.getServerPort(), request.getRequestURI(),
                request.getQueryString(), locales.resolve(request).tag());
    }

    /**
     * The stored page for a GET, or null. An address that chooses its language is found by the address alone, with
     * no language resolved and no address pattern matched (only page addresses are stored); any other by address and
     * language, for a GET of one of {@link #PAGES}.
     */
    CachedPage find(HttpServletRequest request) {
        Map<PageCache.PageKey, CachedPage> pages = cache.current().pages();
        CachedPage page = pages.get(addressKey(request));
        if (page == null && isPageRequest(request)) {
            page = pages.get(languageKey(request));
        }
        return page;
    }

    /**
     * The page the stored-page filters will answer this request with, decided before any filter ran (on the request
     * as the container has it), or null: a GET dispatched by the container without a session id (read as Spring
     * Session's filter will read it), with a stored page it accepts.
     */
    CachedPage predict(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.REQUEST || !"GET".equals(request.getMethod())
                || !sessionIds.resolveSessionIds(request).isEmpty()) {
            return null;
        }
        CachedPage page = find(request);
        return page != null && page.acceptableTo(request.getHeader(HttpHeaders.ACCEPT)) ? page : null;
    }

    /** Answers a GET from the current pages when one is stored for it and acceptable; true when answered. */
    boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CachedPage page = find(request);
        if (!answerable(request, page)) {
            return false;
        }
        write(request, response, page);
        return true;
    }

    private static boolean answerable(HttpServletRequest request, CachedPage page) {
        return page != null && page.acceptableTo(request.getHeader(HttpHeaders.ACCEPT));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, CachedPage page) throws IOException {
        request.setAttribute(SERVED, page);
        SupportedLanguage chosen = page.languageParameter();
        if (chosen != null && locales.fromCookie(request).filter(chosen::equals).isEmpty()) {
            locales.setLocale(request, response, chosen.locale());
        }
        if (page.route() != null) {
            ServerHttpObservationFilter.findObservationContext(request)
                    .ifPresent(context -> context.setPathPattern(page.route()));
        }
        page.writeTo(request, response);
    }

    /**
     * Whether the request names a session. Spring Session loads the session to answer: one that cannot be read now
     * (the database away) counts as named, and the rest of the chain decides ({@code RenderOnceFilter}).
     */
    private static boolean namesSession(HttpServletRequest request) {
        try {
            return request.getRequestedSessionId() != null;
        } catch (RuntimeException failure) {
            if (SESSION_UNREADABLE.test(failure)) {
                return true;
            }
            throw failure;
        }
    }

    /** Answers stored pages with a form ({@code forms}: after the CSRF filter) or without one (first in the chain). */
    private final class EarlyFilter implements Filter {

        private final boolean forms;

        EarlyFilter(boolean forms) {
            this.forms = forms;
        }

        @Override
        public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
                throws IOException, ServletException {
            if (servletRequest instanceof HttpServletRequest request
                    && servletResponse instanceof HttpServletResponse response
                    && request.getDispatcherType() == DispatcherType.REQUEST && "GET".equals(request.getMethod())
                    && !namesSession(request)) {
                CachedPage page = request.getAttribute(PREDICTED) instanceof CachedPage predicted ? predicted
                        : find(request);
                if (answerable(request, page)) {
                    if (forms) {
                        write(request, response, page);
                        return;
                    }
                    Filter headers = chainHeaders;
                    if (!page.hasForm() && headers != null) {
                        headers.doFilter(request, response, (withHeaders, answer) ->
                                write((HttpServletRequest) withHeaders, (HttpServletResponse) answer, page));
                        return;
                    }
                }
            }
            chain.doFilter(servletRequest, servletResponse);
        }
    }
}
