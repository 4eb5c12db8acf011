package cn.slaportal.web.incident;

import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.web.admin.ConcurrentChangeException;
import cn.slaportal.web.audit.AuditLog;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.credit.FieldErrors;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording and correcting incidents, each in one transaction with its audit entry. Every caller (the admin pages,
 * the demo loader) goes through here. A correction names the version it was read at; a record changed meanwhile
 * is refused with {@link ConcurrentChangeException} and nothing is written.
 */
@Service
public class IncidentService {

    static final String AUDIT_TARGET = "incident";

    private final IncidentStore incidents;
    private final AuditLog audit;
    private final PublishedRules rules;
    private final Clock clock;

    IncidentService(IncidentStore incidents, AuditLog audit, PublishedRules rules, Clock clock) {
        this.incidents = incidents;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    /** What came of a submitted form: the stored incident, or the refusals by field. */
    public record Outcome(Optional<Incident> incident, FieldErrors errors) {
    }

    /** The service levels an incident may name: those of the versions in force (or scheduled first) today. */
    public List<ServiceLevel> levels() {
        return rules.book().catalogOn(rules.today()).all();
    }

    @Transactional
    public Outcome record(IncidentForm form, String actor) {
        FieldErrors errors = new FieldErrors();
        Optional<NewIncident> incident = form.toIncident(knownLevels(), actor, errors);
        if (incident.isPresent() && incidents.byTrackingId(incident.get().trackingId()).isPresent()) {
            errors.reject("trackingId", "incident.form.error.duplicate", incident.get().trackingId());
        }
        if (!errors.isEmpty()) {
            return new Outcome(Optional.empty(), errors);
        }
        return new Outcome(Optional.of(record(incident.get())), errors);
    }

    /** Stores an incident already checked (the form's path above, the demo loader) with its audit entry. */
    @Transactional
    public Incident record(NewIncident incident) {
        Incident stored = incidents.create(incident, clock.instant());
        audit.record(incident.createdBy(), "incident.record", AUDIT_TARGET, stored.trackingId(), Optional.empty(),
                Optional.of(summary(stored)));
        return stored;
    }

    /** Corrects everything but the tracking id, which identifies the incident for good. */
    @Transactional
    public Outcome correct(long id, IncidentForm form, String actor) {
        Incident current = incidents.incident(id).orElseThrow(() -> new IllegalArgumentException("no incident " + id));
        FieldErrors errors = new FieldErrors();
        IncidentForm sameId = new IncidentForm(current.trackingId(), form.serviceLevels(), form.start(), form.end(),
                form.scheduled(), form.noticeAt(), form.descriptionEn(), form.descriptionZh(), form.rowVersion());
        Set<String> known = new HashSet<>(knownLevels());
        current.serviceLevels().forEach(level -> known.add(level.value()));
        Optional<NewIncident> incident = sameId.toIncident(known, current.createdBy(), errors);
        Optional<Long> version = form.expectedRowVersion();
        if (version.isEmpty()) {
            errors.reject("", "incident.form.error.version");
        }
        if (!errors.isEmpty()) {
            return new Outcome(Optional.empty(), errors);
        }
        Incident corrected;
        try {
            corrected = incidents.update(id, version.get(), incident.get());
        } catch (ObjectOptimisticLockingFailureException changed) {
            throw new ConcurrentChangeException("admin.conflict.incident", "/admin/incidents/" + id, current.trackingId());
        }
        audit.record(actor, "incident.correct", AUDIT_TARGET, corrected.trackingId(), Optional.of(summary(current)),
                Optional.of(summary(corrected)));
        return new Outcome(Optional.of(corrected), errors);
    }

    @Transactional(readOnly = true)
    public Optional<Incident> incident(long id) {
        return incidents.incident(id);
    }

    @Transactional(readOnly = true)
    public List<Incident> all() {
        return incidents.all();
    }

    private Set<String> knownLevels() {
        return levels().stream().map(level -> level.slug().value()).collect(Collectors.toSet());
    }

    private static String summary(Incident incident) {
        return "levels=" + incident.serviceLevels().stream().map(level -> level.value()).sorted().toList()
                + " start=" + incident.startedAt().atZone(SlaTime.ZONE).toLocalDateTime()
                + " end=" + incident.endedAt().atZone(SlaTime.ZONE).toLocalDateTime()
                + " scheduled=" + incident.scheduled()
                + incident.noticeAt().map(at -> " notice=" + at.atZone(SlaTime.ZONE).toLocalDateTime()).orElse("")
                + " description.en=" + incident.description().en() + " description.zh=" + incident.description().zhCn();
    }
}
