package cn.slaportal.persistence.incident;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An incident to record; a scheduled one carries the instant its maintenance was announced. One a customer reports
 * with a claim is marked {@code reportedByCustomer}; the operator records all others.
 */
public record NewIncident(String trackingId, Set<ServiceLevelSlug> serviceLevels, Instant startedAt, Instant endedAt,
                          LocalizedText description, boolean scheduled, Optional<Instant> noticeAt, String createdBy,
                          boolean reportedByCustomer) {

    /** An operator-recorded incident. */
    public NewIncident(String trackingId, Set<ServiceLevelSlug> serviceLevels, Instant startedAt, Instant endedAt,
                       LocalizedText description, boolean scheduled, Optional<Instant> noticeAt, String createdBy) {
        this(trackingId, serviceLevels, startedAt, endedAt, description, scheduled, noticeAt, createdBy, false);
    }

    public NewIncident {
        Objects.requireNonNull(trackingId, "trackingId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(noticeAt, "noticeAt");
        Objects.requireNonNull(createdBy, "createdBy");
        serviceLevels = Set.copyOf(serviceLevels);
        if (serviceLevels.isEmpty()) {
            throw new IllegalArgumentException("an incident touches at least one service level");
        }
        if (!endedAt.isAfter(startedAt)) {
            throw new IllegalArgumentException("an incident ends after it starts");
        }
        if (scheduled && noticeAt.isEmpty()) {
            throw new IllegalArgumentException("scheduled maintenance has a notice instant");
        }
    }
}
