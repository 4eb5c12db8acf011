package cn.slaportal.web.version;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.i18n.locale.SupportedLanguage;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.web.error.PageNotFoundException;
import cn.slaportal.web.published.ContentTimeline;
import cn.slaportal.web.published.PublishedContent;
import cn.slaportal.web.rendering.RenderedContentCache;
import cn.slaportal.web.rendering.RenderedMarkdown;

/**
 * What the public SLA pages read: documents with their service levels and version timelines, single versions,
 * and the rendered text of a version (rendered once per version and language), all from the published content in
 * memory ({@link ContentTimeline}), never from the database. "Today" is the Asia/Shanghai date of the application's
 * clock. The service levels shown come from the rule set of the version in force.
 */
@Service
public class SlaReading {

    static final String UNKNOWN_DOCUMENT = "sla.notfound.document";
    static final String UNKNOWN_VERSION = "version.notfound";

    private final ContentTimeline timeline;
    private final RenderedContentCache rendered;
    private final Clock clock;

    SlaReading(ContentTimeline timeline, RenderedContentCache rendered, Clock clock) {
        this.timeline = timeline;
        this.rendered = rendered;
        this.clock = clock;
    }

    /** Everything published, as this instance serves it now. */
    public PublishedContent published() {
        return timeline.current();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SlaTime.ZONE));
    }

    /** Every document with at least one published version, in the order of the rule book, then by slug. */
    public List<DocumentOverview> documents() {
        PublishedContent content = timeline.current();
        LocalDate today = today();
        List<DocumentOverview> documents = new ArrayList<>();
        for (String slug : content.documents()) {
            documents.add(overview(content, slug, VersionTimeline.of(content.versions(slug), today)));
        }
        return documents;
    }

    /** One document; {@link PageNotFoundException} when nothing of it is published. */
    public DocumentOverview document(String slug) {
        PublishedContent content = timeline.current();
        VersionTimeline versions = VersionTimeline.of(content.versions(slug), today());
        if (versions.isEmpty()) {
            throw new PageNotFoundException(UNKNOWN_DOCUMENT, slug);
        }
        return overview(content, slug, versions);
    }

    /** A published version with its text; {@link PageNotFoundException} when the document has no such version. */
    public SlaVersionRecord version(String document, int number) {
        return timeline.current().version(document, number)
                .orElseThrow(() -> new PageNotFoundException(UNKNOWN_VERSION, document, number));
    }

    /** The text of a published version in the locale's language, rendered on first use and then kept. */
    public RenderedMarkdown text(SlaVersionRecord version, Locale locale) {
        String language = SupportedLanguage.fromLocale(locale).orElse(SupportedLanguage.DEFAULT).tag();
        return rendered.publishedVersion(version.document(), version.number(), language, () -> version.bodyIn(locale));
    }

    /** The service levels as the version in force (else the first scheduled one) states them in its rule set. */
    private static DocumentOverview overview(PublishedContent content, String slug, VersionTimeline timeline) {
        LocalizedText title = timeline.versions().get(timeline.versions().size() - 1).summary().title();
        SlaDocument document = new SlaDocument(slug);
        List<ServiceLevelView> levels = content.rules().currentOn(timeline.today()).stream()
                .filter(version -> version.rules().document().equals(document))
                .flatMap(version -> version.rules().levels().stream()).map(ServiceLevelView::of).toList();
        return new DocumentOverview(slug, title, timeline, levels);
    }
}
