package cn.slaportal.web.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import org.springframework.stereotype.Component;

import cn.slaportal.core.SlaTime;
import cn.slaportal.i18n.locale.SupportedLanguage;

/**
 * The rendered pages of the current content generation and day. A page's key is everything its bytes depend on
 * besides content and day: host, path, query and language (a client whose Accept header excludes a stored page's
 * type is not served from here, see {@link CachedPage#acceptableTo}). When the generation moves or the
 * day changes in Asia/Shanghai (a scheduled version comes into force at 00:00), the pages of the old state are
 * dropped as a whole and rendered again on demand. Bounded: past {@link #MAX_PAGES} pages the state is emptied.
 */
@Component
class PageCache {

    static final int MAX_PAGES = 2_000;

    private final ContentGeneration generation;
    private final Clock clock;
    private volatile State state = new State(Long.MIN_VALUE, LocalDate.MIN, Long.MIN_VALUE, Long.MIN_VALUE);

    PageCache(ContentGeneration generation, Clock clock) {
        this.generation = generation;
        this.clock = clock;
    }

    /** The pages valid now: what to look pages up in, and what to store a page rendered now into. */
    State current() {
        long now = generation.value();
        long millis = clock.millis();
        State known = state;
        if (known.generation() == now && millis >= known.dayStarts() && millis < known.dayEnds()) {
            return known;
        }
        LocalDate today = Instant.ofEpochMilli(millis).atZone(SlaTime.ZONE).toLocalDate();
        State fresh = new State(now, today, today.atStartOfDay(SlaTime.ZONE).toInstant().toEpochMilli(),
                today.plusDays(1).atStartOfDay(SlaTime.ZONE).toInstant().toEpochMilli());
        state = fresh;
        return fresh;
    }

    int size() {
        return state.pages().size();
    }

    /**
     * Keeps a page rendered while {@code renderedIn} was current, unless the content or the day changed during
     * the rendering (then the bytes may be stale and are not kept). Returns the stored page.
     */
    CachedPage store(State renderedIn, PageKey key, byte[] body, String contentType, Locale locale, String etag,
                     long lastModified, String cacheControl, String vary, SupportedLanguage languageParameter,
                     String route, String csrfToken) {
        CachedPage page = csrfToken != null
                ? new CachedPage(body, null, contentType, locale, null, 0, null, vary, languageParameter, route, csrfToken)
                : new CachedPage(body, gzip(body), contentType, locale, etag == null ? etagOf(body) : etag,
                        lastModified, cacheControl, vary, languageParameter, route, null);
        if (renderedIn == current()) {
            if (renderedIn.pages().size() >= MAX_PAGES) {
                renderedIn.pages().clear();
            }
            renderedIn.pages().put(key, page);
        }
        return page;
    }

    private static String etagOf(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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

    /**
     * What a page's bytes depend on, besides the content generation and the day; {@code language} is null when the
     * address chooses it ({@code ?lang=}, see {@link StoredPages#keyOf}).
     */
    record PageKey(String host, int port, String path, String query, String language) {
    }

    /**
     * The pages of one content generation on one day (in Asia/Shanghai, from {@code dayStarts} inclusive to
     * {@code dayEnds} exclusive, epoch milliseconds).
     */
    record State(long generation, LocalDate day, long dayStarts, long dayEnds, Map<PageKey, CachedPage> pages) {

        State(long generation, LocalDate day, long dayStarts, long dayEnds) {
            this(generation, day, dayStarts, dayEnds, new ConcurrentHashMap<>());
        }
    }
}
