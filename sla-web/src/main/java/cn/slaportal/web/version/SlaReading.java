package cn.slaportal.web.version;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.ServiceLevelCatalog;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.i18n.locale.SupportedLanguage;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.web.error.PageNotFoundException;
import cn.slaportal.web.rendering.RenderedContentCache;
import cn.slaportal.web.rendering.RenderedMarkdown;

/**
 * What the public SLA pages read: documents with their service levels and version timelines, single versions,
 * and the rendered text of a version (rendered once per version and language). "Today" is the Asia/Shanghai
 * date of the application's clock (a {@link Clock} bean when one exists, else the system clock).
 */
@Service
public class SlaReading {

    static final String UNKNOWN_DOCUMENT = "sla.notfound.document";
    static final String UNKNOWN_VERSION = "version.notfound";

    private final SlaVersionStore store;
    private final ServiceLevelCatalog catalog;
    private final RenderedContentCache rendered;
    private final Clock clock;

    SlaReading(SlaVersionStore store, ObjectProvider<ServiceLevelCatalog> catalog, RenderedContentCache rendered,
               Clock clock) {
        this.store = store;
        this.catalog = catalog.getIfAvailable(ServiceLevelCatalog::standard);
        this.rendered = rendered;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SlaTime.ZONE));
    }

    /** Every document: the catalogue's documents in their order, then any other document the database holds. */
    public List<DocumentOverview> documents() {
        Set<String> slugs = new LinkedHashSet<>();
        Arrays.stream(SlaDocument.values()).map(SlaDocument::slug).forEach(slugs::add);
        slugs.addAll(store.documentSlugs());
        LocalDate today = today();
        List<DocumentOverview> documents = new ArrayList<>();
        for (String slug : slugs) {
            VersionTimeline timeline = VersionTimeline.of(store.versions(slug), today);
            Optional<SlaDocument> known = SlaDocument.fromSlug(slug);
            if (timeline.isEmpty() && known.isEmpty()) {
                continue;
            }
            documents.add(overview(slug, timeline, known));
        }
        return documents;
    }

    /** One document; {@link PageNotFoundException} when neither the catalogue nor the database knows it. */
    public DocumentOverview document(String slug) {
        VersionTimeline timeline = VersionTimeline.of(store.versions(slug), today());
        Optional<SlaDocument> known = SlaDocument.fromSlug(slug);
        if (timeline.isEmpty() && known.isEmpty()) {
            throw new PageNotFoundException(UNKNOWN_DOCUMENT, slug);
        }
        return overview(slug, timeline, known);
    }

    /** A published version with its text; {@link PageNotFoundException} when the document has no such version. */
    public SlaVersionRecord version(String document, int number) {
        return store.version(document, number)
                .orElseThrow(() -> new PageNotFoundException(UNKNOWN_VERSION, document, number));
    }

    /** The text of a published version in the locale's language, rendered on first use and then kept. */
    public RenderedMarkdown text(SlaVersionRecord version, Locale locale) {
        String language = SupportedLanguage.fromLocale(locale).orElse(SupportedLanguage.DEFAULT).tag();
        return rendered.publishedVersion(version.document(), version.number(), language, () -> version.bodyIn(locale));
    }

    private DocumentOverview overview(String slug, VersionTimeline timeline, Optional<SlaDocument> known) {
        LocalizedText title = known.map(SlaDocument::title)
                .orElseGet(() -> timeline.versions().get(timeline.versions().size() - 1).summary().title());
        List<ServiceLevelView> levels = known.map(document -> catalog.ofDocument(document).stream()
                .map(ServiceLevelView::of).toList()).orElse(List.of());
        return new DocumentOverview(slug, title, timeline, levels);
    }
}
