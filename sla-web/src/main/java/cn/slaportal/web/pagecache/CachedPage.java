package cn.slaportal.web.pagecache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * One rendered page: its bytes, gzipped once, and the headers that describe them. {@code locale} (may be null)
 * becomes the Content-Language again; {@code lastModified} is in epoch milliseconds. A page with a form carries
 * the CSRF token of the request that rendered it ({@code csrfToken}, else null): each visitor gets the page with
 * their own token put in its place, without validators (such a page is never the same twice).
 */
record CachedPage(byte[] plain, byte[] gzip, String contentType, Locale locale, String etag, long lastModified,
                  String cacheControl, String csrfToken) {

    /**
     * Whether a client with this Accept header may get the page: the bodies of these pages do not depend on Accept,
     * but a client that excludes their type must get the application's own answer (406) instead.
     */
    boolean acceptableTo(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.parseMediaTypes(accept).stream().anyMatch(accepted -> accepted.includes(type));
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    /** Writes the page, or a 304 when the visitor's copy is still valid. */
    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (csrfToken != null) {
            writeWithTokenOf(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (new ServletWebRequest(request, response).checkNotModified(etag, lastModified)) {
            return;
        }
        response.setContentType(contentType);
        if (locale != null) {
            response.setLocale(locale);
        }
        byte[] body = plain;
        if (acceptsGzip(request)) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            body = gzip;
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * The page with this request's CSRF token (Spring Security's, masked anew for every request; generating it
     * sets the token cookie when the visitor has none) in place of the one it was rendered with; the container
     * compresses it when the client accepts gzip.
     */
    private void writeWithTokenOf(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            throw new IllegalStateException("a page with a form is served without Spring Security's CSRF filter");
        }
        byte[] body = new String(plain, StandardCharsets.UTF_8).replace(csrfToken, token.getToken())
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType(contentType);
        if (locale != null) {
            response.setLocale(locale);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }
}
