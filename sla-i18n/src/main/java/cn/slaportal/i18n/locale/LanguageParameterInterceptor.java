package cn.slaportal.i18n.locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Remembers a language chosen with {@code ?lang=} in the language cookie, so the next page without the
 * parameter keeps it. Writes the cookie only when the choice differs from what the cookie already says, so
 * ordinary page views carry no {@code Set-Cookie}. Unknown values are ignored. Also declares, through
 * {@code Vary}, what the language of the answer depends on. Static resources are left alone: their bytes do not
 * depend on the language.
 */
public final class LanguageParameterInterceptor implements HandlerInterceptor {

    private final PortalLocaleResolver resolver;

    public LanguageParameterInterceptor(PortalLocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof ResourceHttpRequestHandler) {
            return true;
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (resolver.isHeaderOnly(request)) {
            return true;
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        resolver.fromParameter(request)
                .filter(chosen -> resolver.fromCookie(request).filter(chosen::equals).isEmpty())
                .ifPresent(chosen -> resolver.setLocale(request, response, chosen.locale()));
        return true;
    }
}
