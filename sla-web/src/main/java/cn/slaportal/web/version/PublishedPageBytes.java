package cn.slaportal.web.version;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The finished bytes of published-version pages for anonymous visitors, keyed by the page's ETag (which already
 * identifies document, version, status, language and release): rendered once, then served as they are, gzipped
 * once for clients that accept it. Filled by {@link PublishedPageCaptureFilter} after the first rendering.
 * Bounded: past {@link #MAX_PAGES} pages the cache is emptied and refills on demand.
 */
@Component
class PublishedPageBytes {

    static final int MAX_PAGES = 256;
    static final String CAPTURE_ATTRIBUTE = PublishedPageBytes.class.getName() + ".etag";

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    /** Writes the stored page for {@code etag}, if there is one; false when the page must be rendered. */
    boolean serve(String etag, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Page page = pages.get(etag);
        if (page == null) {
            request.setAttribute(CAPTURE_ATTRIBUTE, etag);
            return false;
        }
        if (page.locale() != null) {
            response.setLocale(page.locale());
        }
        response.setContentType(page.contentType());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        byte[] body = page.plain();
        if (acceptsGzip(request)) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            body = page.gzip();
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return true;
    }

    void store(String etag, byte[] body, String contentType, Locale locale) {
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        pages.put(etag, new Page(body.clone(), gzip(body), contentType, locale));
    }

    int size() {
        return pages.size();
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A stored page; {@code locale} becomes its Content-Language again. */
    private record Page(byte[] plain, byte[] gzip, String contentType, Locale locale) {
    }
}
