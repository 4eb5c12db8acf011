package cn.slaportal.web.published;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.slaportal.core.catalog.InvalidRuleSet;
import cn.slaportal.core.catalog.RuleSetFormat;
import cn.slaportal.core.version.RuleBook;
import cn.slaportal.core.version.VersionedRules;
import cn.slaportal.persistence.faq.FaqCategory;
import cn.slaportal.persistence.faq.FaqEntry;
import cn.slaportal.persistence.faq.FaqStore;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionRules;
import cn.slaportal.web.pagecache.ContentGenerationChanged;
import cn.slaportal.web.search.ContentChangedEvent;

/**
 * The published content this instance serves, in memory ({@link PublishedContent}): loaded when the application is
 * ready (or by the first reader before that), and loaded again, in one read-only transaction, whenever the content
 * changes — before anything else hears of it, so that no page of the new content generation is rendered from the
 * old content: on this instance at the {@link ContentChangedEvent} after the commit, from another instance at the
 * {@link ContentGenerationChanged} of the generation poll (which tries again on its next round when the load
 * fails). Readers never wait for the database once the first load is done: when a reload after a local change could
 * not reach the database, the previous content keeps answering and the reload is tried again in the background on
 * the next read, announcing the content as changed once it succeeds.
 */
@Component
public class ContentTimeline {

    private static final Logger LOG = LoggerFactory.getLogger(ContentTimeline.class);

    private final SlaVersionStore versions;
    private final FaqStore faq;
    private final TransactionTemplate readOnly;
    private final ApplicationEventPublisher events;
    private final AtomicBoolean retrying = new AtomicBoolean();
    private final ExecutorService retry = Executors.newSingleThreadExecutor(daemon("content-timeline-reload-"));
    private volatile PublishedContent content;
    private volatile boolean stale;

    ContentTimeline(SlaVersionStore versions, FaqStore faq, PlatformTransactionManager transactions,
                    ApplicationEventPublisher events) {
        this.readOnly = ownReadOnlyTransaction(transactions);
        this.versions = versions;
        this.faq = faq;
        this.events = events;
    }

    /**
     * A read-only transaction of its own: a reload after a commit runs in that transaction's after-commit phase,
     * where joining it would read through a connection that is being given back.
     */
    private static TransactionTemplate ownReadOnlyTransaction(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    private static CustomizableThreadFactory daemon(String prefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }

    /** Everything published, as last loaded; the first call before start-up's load does that load. */
    public PublishedContent current() {
        PublishedContent known = content;
        if (known == null) {
            return firstLoad();
        }
        if (stale) {
            retryInBackground();
        }
        return known;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (content == null) {
            firstLoad();
        }
    }

    /** A change committed here: reload before the page cache and the search index hear of it. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onContentChanged(ContentChangedEvent event) {
        try {
            reload();
        } catch (DataAccessException unreachable) {
            stale = true;
            LOG.warn("Content changed ({}) but could not be reloaded, the previous content is served: {}",
                    event.reason(), unreachable.toString());
        }
    }

    /** Another instance changed the content: a failure reaches the generation poll, which tries again. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onGenerationChanged(ContentGenerationChanged event) {
        reload();
    }

    private synchronized PublishedContent firstLoad() {
        return content != null ? content : reload();
    }

    private synchronized PublishedContent reload() {
        long start = System.nanoTime();
        PublishedContent loaded = readOnly.execute(status -> load());
        content = loaded;
        stale = false;
        LOG.info("Published content loaded in {} ms: {} documents, {} versions, {} FAQ entries",
                Duration.ofNanos(System.nanoTime() - start).toMillis(), loaded.documents().size(),
                loaded.allVersions().size(), loaded.allFaqEntries().size());
        return loaded;
    }

    private void retryInBackground() {
        if (retrying.compareAndSet(false, true)) {
            retry.execute(() -> {
                try {
                    if (stale) {
                        reload();
                        events.publishEvent(new ContentChangedEvent("content reloaded after a failed reload"));
                    }
                } catch (RuntimeException failed) {
                    LOG.debug("Content still not reloadable: {}", failed.toString());
                } finally {
                    retrying.set(false);
                }
            });
        }
    }

    private PublishedContent load() {
        List<SlaVersionRecord> records = versions.allVersions();
        RuleBook rules = ruleBook(versions.allRules());
        List<FaqCategory> categories = faq.categories();
        Map<String, List<FaqEntry>> entries = new LinkedHashMap<>();
        categories.forEach(category -> entries.put(category.slug(), new ArrayList<>()));
        for (FaqEntry entry : faq.allEntries()) {
            entries.computeIfAbsent(entry.category(), category -> new ArrayList<>()).add(entry);
        }
        return new PublishedContent(records, rules, categories, entries);
    }

    /**
     * The rule sets parsed by sla-core, documents in the order they were first published (then by slug), each with
     * its versions by number. A stored rule set that does not parse is a corrupted database (every path that stores
     * one validates it first) and stops the load.
     */
    static RuleBook ruleBook(List<VersionRules> rows) {
        Map<String, Instant> firstPublished = new HashMap<>();
        rows.forEach(rules -> firstPublished.merge(rules.version().document(), rules.version().publishedAt(),
                (a, b) -> a.isBefore(b) ? a : b));
        List<VersionRules> ordered = rows.stream().sorted(Comparator
                .comparing((VersionRules rules) -> firstPublished.get(rules.version().document()))
                .thenComparing(rules -> rules.version().document())
                .thenComparingInt(rules -> rules.version().number())).toList();
        List<VersionedRules> all = new ArrayList<>();
        for (VersionRules stored : ordered) {
            try {
                all.add(new VersionedRules(stored.version().toCore(), RuleSetFormat.parse(stored.rules())));
            } catch (InvalidRuleSet invalid) {
                throw new IllegalStateException("stored rule set of " + stored.version().document() + " v"
                        + stored.version().number() + " is invalid at line " + invalid.line() + ": " + invalid.code(),
                        invalid);
            }
        }
        return new RuleBook(all);
    }

    @PreDestroy
    void stop() {
        retry.shutdownNow();
    }
}
