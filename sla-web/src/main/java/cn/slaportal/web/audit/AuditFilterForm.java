package cn.slaportal.web.audit;

import cn.slaportal.core.SlaTime;
import cn.slaportal.persistence.audit.AuditQuery;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.credit.FilterFields;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The log page's filters exactly as typed: actor (e-mail), action, target type and id, first and last day
 * (Asia/Shanghai, both inclusive), and the page number. {@link #toQuery} validates them.
 */
public record AuditFilterForm(String actor, String action, String targetType, String targetId, String from, String to,
                       String page) {

    private static final int MAX_LENGTH = 254;

    public AuditFilterForm {
        actor = clean(actor);
        action = clean(action);
        targetType = clean(targetType);
        targetId = clean(targetId);
        from = clean(from);
        to = clean(to);
        page = clean(page);
    }

    static AuditFilterForm none() {
        return new AuditFilterForm("", "", "", "", "", "", "");
    }

    /** The query, or the refusals keyed by field when a date or the page number does not parse. */
    Optional<AuditQuery> toQuery(FieldErrors errors) {
        Optional<LocalDate> first = day("from", from, errors);
        Optional<LocalDate> last = day("to", to, errors);
        if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
            errors.reject("to", "audit.filter.error.range");
        }
        pageNumber(errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AuditQuery(present(actor), present(action), present(targetType), present(targetId),
                first.map(day -> day.atStartOfDay(SlaTime.ZONE).toInstant()),
                last.map(day -> day.plusDays(1).atStartOfDay(SlaTime.ZONE).toInstant())));
    }

    /** The 0-based page asked for; 0 when none (or an invalid one) was given. */
    int pageNumber(FieldErrors errors) {
        if (page.isEmpty()) {
            return 0;
        }
        try {
            int number = Integer.parseInt(page);
            if (number >= 0 && number <= 1_000_000) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.reject("page", "audit.filter.error.page");
        return 0;
    }

    AuditFilterForm onPage(int number) {
        return new AuditFilterForm(actor, action, targetType, targetId, from, to, Integer.toString(number));
    }

    private static Optional<LocalDate> day(String field, String value, FieldErrors errors) {
        return FilterFields.day(field, value, "audit.filter.error.date", errors);
    }

    private static Optional<String> present(String value) {
        return FilterFields.present(value);
    }

    private static String clean(String value) {
        return FilterFields.clean(value, MAX_LENGTH);
    }
}
