package cn.slaportal.web.version;

import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionSummary;
import cn.slaportal.web.error.PageNotFoundException;
import cn.slaportal.web.published.PublishedContent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /sla/{document}/diff?from=N&to=M}: the clause-level differences between two versions in the page's
 * language. Every answer carries the version picker, so a bad request (400: missing, non-numeric or equal
 * numbers; 404: a version the document does not have) still tells the reader what can be compared.
 */
@Controller
class DiffController {

    static final String VIEW = "diff/diff";
    private static final int MAX_NUMBER_LENGTH = 9;

    private final SlaReading reading;
    private final ClauseDiffService diffs;
    private final MessageSource messages;

    DiffController(SlaReading reading, ClauseDiffService diffs, MessageSource messages) {
        this.reading = reading;
        this.diffs = diffs;
        this.messages = messages;
    }

    @GetMapping("/sla/{document}/diff")
    ModelAndView diff(@PathVariable String document, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Locale locale) {
        PublishedContent versions = reading.published();
        List<SlaVersionSummary> history = versions.versions(document);
        if (history.isEmpty()) {
            throw new PageNotFoundException("diff.error.unknown-document", document);
        }
        SlaVersionSummary latest = history.get(history.size() - 1);
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("document", document);
        page.addObject("documentTitle", latest.title().in(locale));
        page.addObject("history", history);
        page.addObject("from", from == null ? "" : from);
        page.addObject("to", to == null ? "" : to);
        Optional<Integer> fromNumber = number(from);
        Optional<Integer> toNumber = number(to);
        if (fromNumber.isEmpty() || toNumber.isEmpty()) {
            String key = isBlank(from) || isBlank(to) ? "diff.error.missing" : "diff.error.not-a-number";
            return error(page, HttpStatus.BAD_REQUEST, key);
        }
        if (fromNumber.get().equals(toNumber.get())) {
            return error(page, HttpStatus.BAD_REQUEST, "diff.error.same-version", fromNumber.get());
        }
        Optional<SlaVersionRecord> before = versions.version(document, fromNumber.get());
        Optional<SlaVersionRecord> after = versions.version(document, toNumber.get());
        if (before.isEmpty() || after.isEmpty()) {
            int missing = before.isEmpty() ? fromNumber.get() : toNumber.get();
            return error(page, HttpStatus.NOT_FOUND, "diff.error.unknown-version", missing, latest.number());
        }
        DiffMarkers markers = new DiffMarkers(messages.getMessage("diff.marker.inserted.start", null, locale),
                messages.getMessage("diff.marker.inserted.end", null, locale),
                messages.getMessage("diff.marker.deleted.start", null, locale),
                messages.getMessage("diff.marker.deleted.end", null, locale));
        page.addObject("before", before.get().summary());
        page.addObject("after", after.get().summary());
        page.addObject("diff", diffs.diff(before.get().bodyIn(locale), after.get().bodyIn(locale), locale, markers));
        return page;
    }

    private static ModelAndView error(ModelAndView page, HttpStatus status, String key, Object... arguments) {
        page.setStatus(status);
        page.addObject("errorKey", key);
        page.addObject("errorArgs", arguments);
        return page;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static Optional<Integer> number(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NUMBER_LENGTH || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int number = Integer.parseInt(trimmed);
        return number < 1 ? Optional.empty() : Optional.of(number);
    }
}
