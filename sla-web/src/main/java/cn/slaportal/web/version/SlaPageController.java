package cn.slaportal.web.version;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

import cn.slaportal.core.SlaTime;
import cn.slaportal.i18n.locale.SupportedLanguage;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.web.error.PageNotFoundException;

/**
 * The public SLA pages: all documents, the version in force, the version history and any single version.
 * The pages of the version in force and of single versions answer conditional GETs with 304 and serve their
 * stored bytes without rendering when they were rendered before ({@code null} view: the response is complete;
 * the {@link HttpServletResponse} parameter tells Spring MVC so).
 */
@Controller
class SlaPageController {

    static final String INDEX_VIEW = "sla/index";
    static final String DOCUMENT_VIEW = "sla/document";
    static final String HISTORY_VIEW = "version/history";
    static final String VERSION_VIEW = "version/version";

    private final SlaReading reading;
    private final PublishedPageValidators validators;
    private final Clock clock;

    SlaPageController(SlaReading reading, PublishedPageValidators validators, Clock clock) {
        this.reading = reading;
        this.validators = validators;
        this.clock = clock;
    }

    @GetMapping("/sla")
    String index(Model model) {
        model.addAttribute("documents", reading.documents());
        return INDEX_VIEW;
    }

    @GetMapping("/sla/{document:[a-z0-9][a-z0-9-]{0,63}}")
    String inForce(@PathVariable String document, Locale locale, ServletWebRequest request,
                   HttpServletResponse response, Model model) throws IOException {
        DocumentOverview overview = reading.document(document);
        model.addAttribute("document", overview);
        VersionView shown = overview.inForce().orElse(null);
        if (shown == null) {
            return DOCUMENT_VIEW;
        }
        if (validators.notModified(request, lastModified(overview, shown), "in-force", document, shown.number(),
                overview.timeline().latestNumber(), overview.nextScheduled().map(VersionView::number).orElse(0),
                language(locale))) {
            return null;
        }
        addVersion(model, reading.version(document, shown.number()), shown, locale);
        return DOCUMENT_VIEW;
    }

    @GetMapping("/sla/{document:[a-z0-9][a-z0-9-]{0,63}}/versions")
    String history(@PathVariable String document, Model model) {
        model.addAttribute("document", reading.document(document));
        return HISTORY_VIEW;
    }

    @GetMapping("/sla/{document:[a-z0-9][a-z0-9-]{0,63}}/versions/{number:\\d{1,9}}")
    String version(@PathVariable String document, @PathVariable int number, Locale locale, ServletWebRequest request,
                   HttpServletResponse response, Model model) throws IOException {
        DocumentOverview overview = reading.document(document);
        VersionView shown = overview.timeline().version(number)
                .orElseThrow(() -> new PageNotFoundException(SlaReading.UNKNOWN_VERSION, document, number));
        model.addAttribute("document", overview);
        if (validators.notModified(request, lastModified(overview, shown), "version", document, number,
                shown.status(), shown.lastDayInForce(), overview.timeline().latestNumber(), language(locale))) {
            return null;
        }
        addVersion(model, reading.version(document, number), shown, locale);
        return VERSION_VIEW;
    }

    private void addVersion(Model model, SlaVersionRecord record, VersionView shown, Locale locale) {
        model.addAttribute("version", shown);
        model.addAttribute("text", reading.text(record, locale));
    }

    /** The later of the latest publication of the document and the day the shown version's status last changed. */
    private Instant lastModified(DocumentOverview overview, VersionView shown) {
        Instant latest = overview.timeline().versions().stream().map(v -> v.summary().publishedAt())
                .max(Instant::compareTo).orElse(shown.summary().publishedAt());
        LocalDate statusSince = shown.lastDayInForce() != null ? shown.lastDayInForce().plusDays(1)
                : shown.summary().effectiveFrom();
        Instant statusChange = statusSince.atStartOfDay(SlaTime.ZONE).toInstant();
        Instant candidate = statusChange.isAfter(latest) && !shown.scheduled() ? statusChange : latest;
        Instant now = clock.instant();
        return candidate.isAfter(now) ? now : candidate;
    }

    private static String language(Locale locale) {
        return SupportedLanguage.fromLocale(locale).orElse(SupportedLanguage.DEFAULT).tag();
    }
}
