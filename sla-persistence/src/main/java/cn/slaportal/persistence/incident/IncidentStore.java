package cn.slaportal.persistence.incident;

import cn.slaportal.core.catalog.ServiceLevelSlug;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class IncidentStore {

    private final IncidentRepository incidents;

    IncidentStore(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    /** @throws org.springframework.dao.DataIntegrityViolationException when the tracking id is taken */
    @Transactional
    public Incident create(NewIncident incident, Instant now) {
        return incidents.saveAndFlush(new IncidentEntity(incident, now)).toRecord();
    }

    @Transactional
    public Incident update(long id, long expectedRowVersion, NewIncident incident) {
        IncidentEntity entity = incidents.findById(id).orElseThrow(() -> new IllegalArgumentException("no incident " + id));
        if (entity.rowVersion() != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(IncidentEntity.class, id);
        }
        entity.apply(incident);
        return incidents.saveAndFlush(entity).toRecord();
    }

    public Optional<Incident> incident(long id) {
        return incidents.findById(id).map(IncidentEntity::toRecord);
    }

    /** Any incident by its tracking id, whoever recorded it. */
    public Optional<Incident> byTrackingId(String trackingId) {
        return incidents.findByTrackingId(trackingId).map(IncidentEntity::toRecord);
    }

    /** All operator-recorded incidents (not those customers reported with a claim), the latest first. */
    public List<Incident> all() {
        return incidents.findByReportedByCustomerFalseOrderByStartedAtDesc().stream().map(IncidentEntity::toRecord)
                .toList();
    }

    /**
     * Operator-recorded incidents that touched the service level and started at or after {@code since}, the latest
     * first.
     */
    public List<Incident> affecting(ServiceLevelSlug serviceLevel, Instant since) {
        return incidents.affecting(serviceLevel.value(), since).stream().map(IncidentEntity::toRecord).toList();
    }
}
