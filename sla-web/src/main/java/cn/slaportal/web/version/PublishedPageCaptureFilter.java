package cn.slaportal.web.version;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the bytes of a published-version page after its first rendering: when a page controller marked the
 * request for capture (an anonymous visitor, a page identified by its ETag, not yet stored) and the page
 * rendered with 200, its body goes to {@link PublishedPageBytes}. Only GET requests under {@code /sla/} are
 * looked at.
 */
@Component
class PublishedPageCaptureFilter extends OncePerRequestFilter {

    private final PublishedPageBytes bytes;

    PublishedPageCaptureFilter(PublishedPageBytes bytes) {
        this.bytes = bytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/sla/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            Object etag = request.getAttribute(PublishedPageBytes.CAPTURE_ATTRIBUTE);
            String contentType = wrapper.getContentType();
            if (etag instanceof String key && wrapper.getStatus() == HttpServletResponse.SC_OK
                    && contentType != null && contentType.startsWith("text/html")
                    && key.equals(wrapper.getHeader(HttpHeaders.ETAG))) {
                bytes.store(key, wrapper.getContentAsByteArray(), contentType, wrapper.getLocale());
            }
        } finally {
            wrapper.copyBodyToResponse();
        }
    }
}
