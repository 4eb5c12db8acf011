package cn.slaportal.web.pagecache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;

import cn.slaportal.i18n.locale.SupportedLanguage;

/**
 * One rendered page: its bytes, gzipped once, and the headers that describe them, as header values made once.
 * {@code locale} (may be null) becomes the Content-Language again; {@code lastModified} is in epoch milliseconds;
 * {@code vary} is the page's whole {@code Vary} value (what the language depends on, and Accept-Encoding);
 * {@code languageParameter} is the language the page's address chooses with {@code ?lang=} (null when it chooses
 * none), which a visitor whose cookie says otherwise gets remembered. A page with a form carries the CSRF token of
 * the request that rendered it ({@code csrfToken}, else null): each visitor gets the page with their own token put in
 * its place, without validators (such a page is never the same twice).
 */
final class CachedPage {

    /** IMF-fixdate (RFC 9110 section 5.6.7). */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final int MAX_ACCEPT_VERDICTS = 64;

    private final byte[] plain;
    private final byte[] gzip;
    private final String contentType;
    private final String contentLanguage;
    private final Locale locale;
    private final String etag;
    private final String opaqueTag;
    private final long lastModified;
    private final String lastModifiedHeader;
    private final String cacheControl;
    private final String vary;
    private final SupportedLanguage languageParameter;
    private final String route;
    private final String csrfToken;
    private final int csrfTokenLength;
    /** For a page with a form: the ranges of {@code plain} around each occurrence of the CSRF token. */
    private final List<int[]> aroundToken;
    private final Map<String, Boolean> acceptVerdicts = new ConcurrentHashMap<>();

    CachedPage(byte[] plain, byte[] gzip, String contentType, Locale locale, String etag, long lastModified,
               String cacheControl, String vary, SupportedLanguage languageParameter, String route, String csrfToken) {
        this.plain = plain;
        this.gzip = gzip;
        this.contentType = contentType;
        this.locale = locale;
        this.contentLanguage = locale == null ? null : locale.toLanguageTag();
        this.etag = etag;
        this.opaqueTag = etag == null ? null : opaque(etag);
        this.lastModified = lastModified;
        this.lastModifiedHeader = HTTP_DATE.format(Instant.ofEpochMilli(lastModified));
        this.cacheControl = cacheControl;
        this.vary = vary;
        this.languageParameter = languageParameter;
        this.route = route;
        this.csrfToken = csrfToken;
        this.csrfTokenLength = csrfToken == null ? 0 : csrfToken.getBytes(StandardCharsets.UTF_8).length;
        this.aroundToken = aroundToken(plain, csrfToken);
    }

    byte[] plain() {
        return plain;
    }

    String etag() {
        return etag;
    }

    Locale locale() {
        return locale;
    }

    /** The language the page's address chooses with {@code ?lang=}, or null. */
    SupportedLanguage languageParameter() {
        return languageParameter;
    }

    /** Whether the page has a form, whose CSRF token each visitor gets their own of (see {@link #writeTo}). */
    boolean hasForm() {
        return csrfToken != null;
    }

    /** The route pattern of the handler that rendered the page (for the request metrics), or null. */
    String route() {
        return route;
    }

    /**
     * Whether a client with this Accept header may get the page: the bodies of these pages do not depend on Accept,
     * but a client that excludes their type must get the application's own answer (406) instead. The verdict for a
     * header is kept (browsers send a handful of distinct ones).
     */
    boolean acceptableTo(String accept) {
        if (accept == null || accept.isBlank() || "*/*".equals(accept)) {
            return true;
        }
        Boolean known = acceptVerdicts.get(accept);
        if (known != null) {
            return known;
        }
        boolean verdict = accepts(accept);
        if (acceptVerdicts.size() < MAX_ACCEPT_VERDICTS) {
            acceptVerdicts.put(accept, verdict);
        }
        return verdict;
    }

    private boolean accepts(String accept) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.parseMediaTypes(accept).stream().anyMatch(accepted -> accepted.includes(type));
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    /**
     * Writes the page, or a 304 when the visitor's copy is still valid. The 304 carries what RFC 9110 (section
     * 15.4.5) asks of it — ETag, Cache-Control, Vary (Date comes from the container) — and nothing that describes a
     * body; the security headers come from Spring Security's filter chain as for every answer.
     */
    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (csrfToken != null) {
            writeWithTokenOf(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader(HttpHeaders.VARY, vary);
        response.setHeader(HttpHeaders.ETAG, etag);
        if (notModified(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setHeader(HttpHeaders.LAST_MODIFIED, lastModifiedHeader);
        response.setContentType(contentType);
        if (contentLanguage != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
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
     * RFC 9110 section 13.1.2 and 13.1.3 for a GET: If-None-Match (weak comparison, {@code *} matches) decides when
     * present; otherwise If-Modified-Since, in whole seconds. A malformed date is ignored.
     */
    private boolean notModified(HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return ifNoneMatch.equals(etag) || matchesAny(ifNoneMatch);
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return since >= 0 && lastModified / 1000 <= since / 1000;
    }

    private boolean matchesAny(String ifNoneMatch) {
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if ("*".equals(candidate) || opaqueTag.equals(opaque(candidate))) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /**
     * The page with this request's CSRF token (Spring Security's, masked anew for every request; generating it
     * sets the token cookie when the visitor has none) in place of the one it was rendered with, written as the bytes
     * around the old token and the new one; the container compresses it when the client accepts gzip.
     */
    private void writeWithTokenOf(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            throw new IllegalStateException("a page with a form is served without Spring Security's CSRF filter");
        }
        byte[] tokenBytes = token.getToken().getBytes(StandardCharsets.UTF_8);
        int occurrences = aroundToken.size() - 1;
        int length = plain.length + occurrences * (tokenBytes.length - csrfTokenLength);
        response.setHeader(HttpHeaders.VARY, vary);
        response.setContentType(contentType);
        if (contentLanguage != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, contentLanguage);
        }
        response.setContentLength(length);
        ServletOutputStream out = response.getOutputStream();
        for (int part = 0; part < aroundToken.size(); part++) {
            if (part > 0) {
                out.write(tokenBytes);
            }
            int[] range = aroundToken.get(part);
            out.write(plain, range[0], range[1] - range[0]);
        }
    }

    /** The ranges of {@code body} before, between and after the occurrences of {@code token} (none: the whole body). */
    private static List<int[]> aroundToken(byte[] body, String token) {
        if (token == null) {
            return List.of();
        }
        byte[] needle = token.getBytes(StandardCharsets.UTF_8);
        List<int[]> ranges = new ArrayList<>();
        int from = 0;
        for (int at = indexOf(body, needle, 0); at >= 0; at = indexOf(body, needle, at + needle.length)) {
            ranges.add(new int[] {from, at});
            from = at + needle.length;
        }
        ranges.add(new int[] {from, body.length});
        return List.copyOf(ranges);
    }

    private static int indexOf(byte[] body, byte[] needle, int from) {
        outer:
        for (int at = from; at <= body.length - needle.length; at++) {
            for (int i = 0; i < needle.length; i++) {
                if (body[at + i] != needle[i]) {
                    continue outer;
                }
            }
            return at;
        }
        return -1;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && (accepted.contains("gzip") || accepted.toLowerCase(Locale.ROOT).contains("gzip"));
    }
}
