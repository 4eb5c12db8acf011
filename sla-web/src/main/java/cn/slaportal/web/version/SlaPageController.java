package cn.slaportal.web.version;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.web.error.PageNotFoundException;

/**
 * The public SLA pages: all documents, the version in force, the version history and any single version. Their
 * bytes, gzip, ETag and 304s for anonymous visitors come from the render-once page cache
 * ({@link cn.slaportal.web.pagecache}): a page is rendered here once per content generation, day and language.
 */
@Controller
class SlaPageController {

    static final String INDEX_VIEW = "sla/index";
    static final String DOCUMENT_VIEW = "sla/document";
    static final String HISTORY_VIEW = "version/history";
    static final String VERSION_VIEW = "version/version";

    private final SlaReading reading;

    SlaPageController(SlaReading reading) {
        this.reading = reading;
    }

    @GetMapping("/sla")
    String index(Model model) {
        model.addAttribute("documents", reading.documents());
        return INDEX_VIEW;
    }

    @GetMapping("/sla/{document:[a-z0-9][a-z0-9-]{0,63}}")
    String inForce(@PathVariable String document, Locale locale, Model model) {
        DocumentOverview overview = reading.document(document);
        model.addAttribute("document", overview);
        overview.inForce().ifPresent(shown -> addVersion(model, reading.version(document, shown.number()), shown, locale));
        return DOCUMENT_VIEW;
    }

    @GetMapping("/sla/{document:[a-z0-9][a-z0-9-]{0,63}}/versions")
    String history(@PathVariable String document, Model model) {
        model.addAttribute("document", reading.document(document));
        return HISTORY_VIEW;
    }

    @GetMapping("/sla/{document:[a-z0-9][a-z0-9-]{0,63}}/versions/{number:\\d{1,9}}")
    String version(@PathVariable String document, @PathVariable int number, Locale locale, Model model) {
        DocumentOverview overview = reading.document(document);
        VersionView shown = overview.timeline().version(number)
                .orElseThrow(() -> new PageNotFoundException(SlaReading.UNKNOWN_VERSION, document, number));
        model.addAttribute("document", overview);
        addVersion(model, reading.version(document, number), shown, locale);
        return VERSION_VIEW;
    }

    private void addVersion(Model model, SlaVersionRecord record, VersionView shown, Locale locale) {
        model.addAttribute("version", shown);
        model.addAttribute("text", reading.text(record, locale));
    }
}
