package cn.slaportal.web.incident;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.web.credit.FieldErrors;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The incident form exactly as typed: tracking id, the service levels touched, start and end (local time,
 * Asia/Shanghai, {@code yyyy-MM-ddTHH:mm}), whether it was scheduled maintenance and when that was announced,
 * and the description in both languages. {@code rowVersion} is the version of the record being corrected.
 */
public record IncidentForm(String trackingId, List<String> serviceLevels, String start, String end, String scheduled,
                    String noticeAt, String descriptionEn, String descriptionZh, String rowVersion) {

    static final int DESCRIPTION_LIMIT = 4000;
    private static final Pattern TRACKING_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,63}");
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public IncidentForm {
        trackingId = clean(trackingId, 100);
        serviceLevels = serviceLevels == null ? List.of()
                : serviceLevels.stream().limit(50).map(level -> clean(level, 100)).filter(level -> !level.isEmpty()).toList();
        start = clean(start, 40);
        end = clean(end, 40);
        scheduled = clean(scheduled, 10);
        noticeAt = clean(noticeAt, 40);
        descriptionEn = clean(descriptionEn, DESCRIPTION_LIMIT + 1);
        descriptionZh = clean(descriptionZh, DESCRIPTION_LIMIT + 1);
        rowVersion = clean(rowVersion, 20);
    }

    static IncidentForm blank() {
        return new IncidentForm("", List.of(), "", "", "", "", "", "", "");
    }

    static IncidentForm of(Incident incident) {
        return new IncidentForm(incident.trackingId(),
                incident.serviceLevels().stream().map(ServiceLevelSlug::value).sorted().toList(),
                local(incident.startedAt()), local(incident.endedAt()), incident.scheduled() ? "true" : "",
                incident.noticeAt().map(IncidentForm::local).orElse(""), incident.description().en(),
                incident.description().zhCn(), Long.toString(incident.rowVersion()));
    }

    public boolean isScheduled() {
        return "true".equals(scheduled);
    }

    public boolean touches(String level) {
        return serviceLevels.contains(level);
    }

    /**
     * The incident to store, or empty with the refusals keyed by field.
     *
     * @param knownLevels the service levels an incident may name
     */
    Optional<NewIncident> toIncident(Set<String> knownLevels, String actor, FieldErrors errors) {
        if (!TRACKING_ID.matcher(trackingId).matches()) {
            errors.reject("trackingId", "incident.form.error.tracking-id");
        }
        Set<ServiceLevelSlug> levels = new LinkedHashSet<>();
        if (serviceLevels.isEmpty()) {
            errors.reject("serviceLevels", "incident.form.error.levels");
        }
        for (String level : serviceLevels) {
            if (knownLevels.contains(level)) {
                levels.add(new ServiceLevelSlug(level));
            } else {
                errors.reject("serviceLevels", "incident.form.error.unknown-level");
            }
        }
        Optional<Instant> startedAt = instant("start", start, errors);
        Optional<Instant> endedAt = instant("end", end, errors);
        if (startedAt.isPresent() && endedAt.isPresent() && !endedAt.get().isAfter(startedAt.get())) {
            errors.reject("end", "incident.form.error.end-before-start");
        }
        Optional<Instant> announced = Optional.empty();
        if (isScheduled()) {
            if (noticeAt.isEmpty()) {
                errors.reject("noticeAt", "incident.form.error.notice-required");
            } else {
                announced = instant("noticeAt", noticeAt, errors);
                if (announced.isPresent() && startedAt.isPresent() && announced.get().isAfter(startedAt.get())) {
                    errors.reject("noticeAt", "incident.form.error.notice-after-start");
                }
            }
        } else if (!noticeAt.isEmpty()) {
            errors.reject("noticeAt", "incident.form.error.notice-unscheduled");
        }
        description("descriptionEn", descriptionEn, errors);
        description("descriptionZh", descriptionZh, errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewIncident(trackingId, levels, startedAt.orElseThrow(), endedAt.orElseThrow(),
                new LocalizedText(descriptionEn, descriptionZh), isScheduled(), announced, actor));
    }

    /** The version of the record being corrected, or empty when the form did not carry a valid one. */
    Optional<Long> expectedRowVersion() {
        try {
            return Optional.of(Long.parseLong(rowVersion));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> instant(String field, String value, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.reject(field, "incident.form.error.time-required");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.replace(' ', 'T')).atZone(SlaTime.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            errors.reject(field, "incident.form.error.time");
            return Optional.empty();
        }
    }

    private static void description(String field, String value, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.reject(field, "incident.form.error.description-required");
        } else if (value.length() > DESCRIPTION_LIMIT) {
            errors.reject(field, "incident.form.error.description-long", DESCRIPTION_LIMIT);
        }
    }

    private static String local(Instant instant) {
        return LOCAL_MINUTE.format(instant.atZone(SlaTime.ZONE));
    }

    private static String clean(String value, int limit) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > limit ? stripped.substring(0, limit) : stripped;
    }
}
