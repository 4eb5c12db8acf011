package cn.slaportal.web.search;

import cn.slaportal.core.SlaTime;
import cn.slaportal.persistence.faq.FaqCategory;
import cn.slaportal.persistence.faq.FaqEntry;
import cn.slaportal.persistence.faq.FaqStore;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.web.pagecache.ContentGenerationChanged;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Keeps the search index in step with the database, the source of truth: built when the application is
 * ready (after the content import), rebuilt on {@link ContentChangedEvent}, when the day changes (a scheduled
 * version comes into force) and when it is older than {@link #MAXIMUM_AGE} (another instance may have
 * published). Indexes the SLA version in force today and every FAQ entry, in both languages.
 * <p>
 * A query never touches the database: it answers from the index in memory; when that index is due for a rebuild
 * (a new day, or older than {@link #MAXIMUM_AGE}) the query only asks for one in the background, where a database
 * outage leaves the previous index answering.
 */
@Service
public class SearchService {

    static final Duration MAXIMUM_AGE = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final SlaVersionStore versions;
    private final FaqStore faq;
    private final Clock clock;
    private final SearchIndex index = new SearchIndex();
    private volatile Instant builtAt;
    private volatile LocalDate builtFor;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "search-index-refresh");
        thread.setDaemon(true);
        return thread;
    });

    SearchService(SlaVersionStore versions, FaqStore faq, Clock clock) {
        this.versions = versions;
        this.faq = faq;
        this.clock = clock;
    }

    /** Builds the index at start-up unless the content import's {@link ContentChangedEvent} already did. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (builtAt == null) {
            rebuild();
        }
    }

    @EventListener
    void onContentChanged(ContentChangedEvent event) {
        LOG.debug("Content changed ({}), rebuilding the search index", event.reason());
        rebuild();
    }

    /**
     * Another instance changed the published content (seen through the content generation): rebuilt on the background
     * thread, so that the generation poll, which waits for its listeners, moves the pages on without waiting for it.
     */
    @EventListener
    void onGenerationChanged(ContentGenerationChanged event) {
        Instant built = builtAt;
        refresher.execute(() -> {
            try {
                rebuildUnlessUnreachable(built);
            } catch (RuntimeException failed) {
                LOG.warn("Search index not rebuilt: {}", failed.toString());
            }
        });
    }

    /** Rebuilds the whole index from the database. */
    public synchronized void rebuild() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SlaTime.ZONE);
        List<SearchEntry> entries = new ArrayList<>();
        for (String document : versions.documentSlugs()) {
            versions.inForce(document, today).ifPresent(version -> entries.addAll(clauses(version)));
        }
        Map<String, FaqCategory> categories = faq.categories().stream()
                .collect(Collectors.toMap(FaqCategory::slug, Function.identity()));
        for (FaqEntry entry : faq.allEntries()) {
            FaqCategory category = categories.get(entry.category());
            for (Locale language : List.of(Locale.ENGLISH, CHINESE)) {
                String categoryTitle = category == null ? entry.category() : category.title().in(language);
                entries.add(SearchEntries.faqEntry(entry.category(), categoryTitle, entry.slug(), tag(language),
                        entry.content().title().in(language), entry.content().body().in(language)));
            }
        }
        index.replace(entries);
        builtAt = now;
        builtFor = today;
        LOG.info("Search index built: {} entries", entries.size());
    }

    private static List<SearchEntry> clauses(SlaVersionRecord version) {
        List<SearchEntry> entries = new ArrayList<>();
        for (Locale language : List.of(Locale.ENGLISH, CHINESE)) {
            entries.addAll(SearchEntries.slaClauses(version.document(), version.summary().title().in(language),
                    tag(language), version.bodyIn(language)));
        }
        return entries;
    }

    /** During a database outage the index built before it keeps answering (it has none only before start-up). */
    private void rebuildUnlessUnreachable(Instant built) {
        try {
            rebuild();
        } catch (DataAccessException unreachable) {
            if (built == null) {
                throw unreachable;
            }
            LOG.warn("Search index not rebuilt, the database is unreachable: {}", unreachable.toString());
        }
    }

    static String tag(Locale language) {
        return "zh".equals(language.getLanguage()) ? SearchIndex.CHINESE : SearchIndex.ENGLISH;
    }

    /** Ranked results for the query, both languages, the page's ({@code locale}) first; no database access. */
    public SearchResults search(String query, Locale locale, int maxHits) {
        Instant now = clock.instant();
        Instant built = builtAt;
        if (built == null) {
            rebuildUnlessUnreachable(null);
        } else if (!LocalDate.ofInstant(now, SlaTime.ZONE).equals(builtFor) || built.plus(MAXIMUM_AGE).isBefore(now)) {
            refreshInBackground(built);
        }
        return index.search(query, tag(locale), maxHits);
    }

    /** Asks for one rebuild on the background thread unless one is already under way. */
    private void refreshInBackground(Instant built) {
        if (refreshing.compareAndSet(false, true)) {
            refresher.execute(() -> {
                try {
                    rebuildUnlessUnreachable(built);
                } catch (RuntimeException failed) {
                    LOG.warn("Search index not rebuilt: {}", failed.toString());
                } finally {
                    refreshing.set(false);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }
}
