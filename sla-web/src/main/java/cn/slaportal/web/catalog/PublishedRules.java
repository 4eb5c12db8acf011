package cn.slaportal.web.catalog;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.InvalidRuleSet;
import cn.slaportal.core.catalog.RuleSetFormat;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.core.version.RuleBook;
import cn.slaportal.core.version.VersionedRules;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionRules;
import cn.slaportal.web.search.ContentChangedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The rule sets of every published version, read from the database, parsed by sla-core and kept in memory as a
 * {@link RuleBook} until the next {@link ContentChangedEvent}: the calculator, the API and the claim services
 * ask it which rules apply, and never query the database for that on their own. A stored rule set that does
 * not parse is a corrupted database (every path that stores one validates it first) and stops the load.
 */
@Service
public class PublishedRules {

    private final SlaVersionStore versions;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    PublishedRules(SlaVersionStore versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    /** Every document's versions with their rules, as published now. */
    public RuleBook book() {
        return snapshot().book;
    }

    /** Today in Asia/Shanghai, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SlaTime.ZONE));
    }

    /** The title of a published version of a document, in both languages. */
    public LocalizedText title(SlaDocument document, int version) {
        LocalizedText title = snapshot().titles.get(document.slug() + "/" + version);
        if (title == null) {
            throw new IllegalArgumentException("no published version " + document + " v" + version);
        }
        return title;
    }

    /** The title of the version whose rules were applied. */
    public LocalizedText title(AppliedLevel applied) {
        return title(applied.document(), applied.version().number());
    }

    @EventListener
    void onContentChanged(ContentChangedEvent event) {
        generation.incrementAndGet();
        snapshot = null;
    }

    /** A load that raced with a change is used once but not kept, so the next call reads the change. */
    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            long before = generation.get();
            current = load();
            if (generation.get() == before) {
                snapshot = current;
            }
        }
        return current;
    }

    /** Documents in the order they were first published (then by slug), each with its versions by number. */
    private Snapshot load() {
        List<VersionedRules> all = new ArrayList<>();
        Map<String, LocalizedText> titles = new HashMap<>();
        List<VersionRules> rows = versions.allRules();
        Map<String, Instant> firstPublished = new HashMap<>();
        rows.forEach(rules -> firstPublished.merge(rules.version().document(), rules.version().publishedAt(),
                (a, b) -> a.isBefore(b) ? a : b));
        List<VersionRules> ordered = rows.stream().sorted(Comparator
                .comparing((VersionRules rules) -> firstPublished.get(rules.version().document()))
                .thenComparing(rules -> rules.version().document())
                .thenComparingInt(rules -> rules.version().number())).toList();
        for (VersionRules stored : ordered) {
            try {
                all.add(new VersionedRules(stored.version().toCore(), RuleSetFormat.parse(stored.rules())));
            } catch (InvalidRuleSet invalid) {
                throw new IllegalStateException("stored rule set of " + stored.version().document() + " v"
                        + stored.version().number() + " is invalid at line " + invalid.line() + ": " + invalid.code(),
                        invalid);
            }
            titles.put(stored.version().document() + "/" + stored.version().number(), stored.version().title());
        }
        return new Snapshot(new RuleBook(all), Map.copyOf(titles));
    }

    private record Snapshot(RuleBook book, Map<String, LocalizedText> titles) {
    }
}
