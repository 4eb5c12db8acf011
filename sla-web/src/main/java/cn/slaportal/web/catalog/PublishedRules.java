package cn.slaportal.web.catalog;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.core.version.RuleBook;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionSummary;
import cn.slaportal.web.published.ContentTimeline;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The rule sets of every published version, parsed by sla-core, as a {@link RuleBook} held in memory by the
 * {@link ContentTimeline} (reloaded whenever the content changes, here or on another instance): the calculator,
 * the API and the claim services ask it which rules apply, and never query the database for that on their own.
 */
@Service
public class PublishedRules {

    private final ContentTimeline timeline;
    private final Clock clock;

    PublishedRules(ContentTimeline timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Every document's versions with their rules, as published now. */
    public RuleBook book() {
        return timeline.current().rules();
    }

    /** Today in Asia/Shanghai, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SlaTime.ZONE));
    }

    /** A document's published versions, number 1 first, as published now (scheduled ones included). */
    public List<SlaVersionSummary> versions(String document) {
        return timeline.current().versions(document);
    }

    /** The title of a published version of a document, in both languages. */
    public LocalizedText title(SlaDocument document, int version) {
        return timeline.current().version(document.slug(), version).map(SlaVersionRecord::summary)
                .map(summary -> summary.title())
                .orElseThrow(() -> new IllegalArgumentException("no published version " + document + " v" + version));
    }

    /** The title of the version whose rules were applied. */
    public LocalizedText title(AppliedLevel applied) {
        return title(applied.document(), applied.version().number());
    }
}
