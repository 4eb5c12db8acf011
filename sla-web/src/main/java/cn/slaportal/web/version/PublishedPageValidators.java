package cn.slaportal.web.version;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * HTTP validators for pages of published versions. Their bytes depend only on the document, the version shown,
 * the document's latest version number and today's status of the version (for the banner and the "not in force"
 * notice), the language, the address and the release ({@link PageFingerprint}): the ETag is a digest of exactly
 * those, so a conditional GET is answered 304 before anything is rendered. Pages for signed-in visitors carry their name in
 * the header and are never validated this way (they keep Spring Security's {@code no-store}).
 */
@Component
class PublishedPageValidators {

    static final String CACHE_CONTROL = "no-cache";
    static final String VARY = "Accept-Language, Cookie";

    private final PageFingerprint fingerprint;
    private final PublishedPageBytes bytes;

    PublishedPageValidators(PageFingerprint fingerprint, PublishedPageBytes bytes) {
        this.fingerprint = fingerprint;
        this.bytes = bytes;
    }

    /**
     * Sets ETag, Last-Modified, Cache-Control and Vary for an anonymous visitor and tells whether the response
     * is already complete: a 304 when the visitor's copy is still valid, or the stored bytes of the page when it
     * was rendered before ({@link PublishedPageBytes}). The caller then renders nothing.
     */
    boolean notModified(ServletWebRequest request, Instant lastModified, Object... identity) throws IOException {
        if (request.getRequest().getUserPrincipal() != null) {
            return false;
        }
        HttpServletResponse response = request.getResponse();
        if (response != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            response.setHeader(HttpHeaders.VARY, VARY);
        }
        String etag = etag(identity, request.getRequest().getRequestURI(), request.getRequest().getQueryString());
        if (request.checkNotModified(etag, lastModified.toEpochMilli())) {
            return true;
        }
        return response != null && bytes.serve(etag, request.getRequest(), response);
    }

    /**
     * The validator of a page: a digest of the release, the page's identity and its address (path and query, since
     * the page's language links repeat them).
     */
    String etag(Object[] identity, String path, String query) {
        StringBuilder key = new StringBuilder(fingerprint.value()).append('|').append(path).append('?').append(query);
        for (Object part : identity) {
            key.append('|').append(part);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
