package cn.slaportal.persistence.incident;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

public record Incident(long id, String trackingId, Set<ServiceLevelSlug> serviceLevels, Instant startedAt,
                       Instant endedAt, LocalizedText description, boolean scheduled, Optional<Instant> noticeAt,
                       String createdBy, Instant createdAt, long rowVersion, boolean reportedByCustomer) {

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }
}
