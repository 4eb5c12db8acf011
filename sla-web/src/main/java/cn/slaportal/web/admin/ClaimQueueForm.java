package cn.slaportal.web.admin;

import cn.slaportal.core.SlaTime;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.persistence.claim.ClaimQuery;
import cn.slaportal.web.claim.AdminClaims;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.credit.FilterFields;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The claims queue's filters exactly as typed: status ({@value #AWAITING} or empty for every claim awaiting a
 * decision, {@value #ANY} for all, else one status), governing SLA document, organisation (its id), first and last
 * day of submission (Asia/Shanghai, both inclusive), a part of the reference, and the page number. {@link #toQuery}
 * validates them against the choices offered.
 */
public record ClaimQueueForm(String status, String document, String organisation, String from, String to,
                             String reference, String page) {

    static final String AWAITING = "AWAITING";
    static final String ANY = "ANY";
    private static final int MAX_LENGTH = 64;

    public ClaimQueueForm {
        status = clean(status);
        document = clean(document);
        organisation = clean(organisation);
        from = clean(from);
        to = clean(to);
        reference = clean(reference);
        page = clean(page);
    }

    /**
     * The query, or the refusals keyed by field: a status, document or organisation not offered, a day that does not
     * parse or a range that ends before it starts, a reference part with other than letters, digits and hyphens.
     */
    Optional<ClaimQuery> toQuery(Collection<String> documents, Collection<Long> organisations, FieldErrors errors) {
        Set<ClaimStatus> statuses = statuses(errors);
        if (!document.isEmpty() && !documents.contains(document)) {
            errors.reject("document", "admin.claims.filter.error.document");
        }
        Optional<Long> organisationId = organisationId(organisations, errors);
        Optional<LocalDate> first = day("from", from, errors);
        Optional<LocalDate> last = day("to", to, errors);
        if (first.isPresent() && last.isPresent() && first.get().isAfter(last.get())) {
            errors.reject("to", "audit.filter.error.range");
        }
        if (!reference.isEmpty() && !reference.matches("[A-Za-z0-9-]{1,32}")) {
            errors.reject("reference", "admin.claims.filter.error.reference");
        }
        pageNumber(errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClaimQuery(statuses, present(document), organisationId,
                first.map(day -> day.atStartOfDay(SlaTime.ZONE).toInstant()),
                last.map(day -> day.plusDays(1).atStartOfDay(SlaTime.ZONE).toInstant()), present(reference)));
    }

    /** The 0-based page asked for; 0 when none (or an invalid one) was given. */
    int pageNumber(FieldErrors errors) {
        if (page.isEmpty()) {
            return 0;
        }
        if (page.matches("\\d{1,6}")) {
            return Integer.parseInt(page);
        }
        errors.reject("page", "audit.filter.error.page");
        return 0;
    }

    ClaimQueueForm onPage(int number) {
        return new ClaimQueueForm(status, document, organisation, from, to, reference, Integer.toString(number));
    }

    private Set<ClaimStatus> statuses(FieldErrors errors) {
        if (status.isEmpty() || status.equals(AWAITING)) {
            return AdminClaims.AWAITING;
        }
        if (status.equals(ANY)) {
            return Set.of();
        }
        for (ClaimStatus known : ClaimStatus.values()) {
            if (known.name().equals(status)) {
                return EnumSet.of(known);
            }
        }
        errors.reject("status", "admin.claims.filter.error.status");
        return Set.of();
    }

    private Optional<Long> organisationId(Collection<Long> organisations, FieldErrors errors) {
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        if (organisation.matches("\\d{1,18}") && organisations.contains(Long.parseLong(organisation))) {
            return Optional.of(Long.parseLong(organisation));
        }
        errors.reject("organisation", "admin.claims.filter.error.organisation");
        return Optional.empty();
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
