package cn.slaportal.web.audit;

import cn.slaportal.core.SlaTime;
import cn.slaportal.persistence.audit.AuditEvent;
import cn.slaportal.persistence.audit.AuditQuery;
import cn.slaportal.web.credit.FieldErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /admin/audit}: the audit log, newest first, 50 to a page, filtered by actor, action, target and days;
 * {@code /admin/audit/export.csv}: every matching entry as CSV (UTF-8 with a byte-order mark, so spreadsheet
 * programs read the Chinese right; header in the page's language). A filter that does not parse answers 400 with
 * the filters as typed and the refusal next to the field.
 */
@Controller
class AuditLogController {

    static final String VIEW = "admin/audit";
    static final int PAGE_SIZE = 50;
    private static final int EXPORT_BATCH = 500;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final List<String> CSV_COLUMNS =
            List.of("occurred", "actor", "action", "target-type", "target-id", "before", "after");

    private final AuditLog log;
    private final MessageSource messages;

    AuditLogController(AuditLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    ModelAndView page(@ModelAttribute("filter") AuditFilterForm filter) {
        FieldErrors errors = new FieldErrors();
        Optional<AuditQuery> query = filter.toQuery(errors);
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("filter", filter);
        page.addObject("errors", errors);
        page.addObject("actions", log.actions());
        page.addObject("targetTypes", log.targetTypes());
        if (query.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("events", Page.empty());
            return page;
        }
        int number = filter.pageNumber(errors);
        Page<AuditEvent> events = log.search(query.get(), number, PAGE_SIZE);
        page.addObject("events", events);
        page.addObject("previous", events.hasPrevious() ? filter.onPage(number - 1) : null);
        page.addObject("next", events.hasNext() ? filter.onPage(number + 1) : null);
        return page;
    }

    @GetMapping("/admin/audit/export.csv")
    ModelAndView export(@ModelAttribute("filter") AuditFilterForm filter, Locale locale, HttpServletResponse response)
            throws IOException {
        FieldErrors errors = new FieldErrors();
        Optional<AuditQuery> query = filter.toQuery(errors);
        if (query.isEmpty()) {
            return page(filter);
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer writer = response.getWriter();
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(CSV_COLUMNS.stream()
                    .map(column -> messages.getMessage("audit.column." + column, null, locale)).toList());
            int number = 0;
            Page<AuditEvent> batch;
            do {
                batch = log.search(query.get(), number++, EXPORT_BATCH);
                for (AuditEvent event : batch) {
                    csv.printRecord(CSV_TIME.format(event.occurredAt().atZone(SlaTime.ZONE)), event.actor(),
                            event.action(), event.targetType(), event.targetId(), event.before().orElse(""),
                            event.after().orElse(""));
                }
            } while (batch.hasNext());
        }
        return null;
    }
}
