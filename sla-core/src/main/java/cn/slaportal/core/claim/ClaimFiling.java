package cn.slaportal.core.claim;

import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.uptime.UptimeInput;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A claim as the customer files it: the one level claimed, the incident (its start, the levels it touched, whether
 * it was announced maintenance), the month's figures in the level's uptime method, and the statement.
 */
public record ClaimFiling(ServiceLevelSlug level, Instant incidentStartedAt, Set<ServiceLevelSlug> incidentLevels,
        boolean scheduledMaintenance, UptimeInput uptime, ClaimStatement statement) {

    public ClaimFiling {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(incidentStartedAt, "incidentStartedAt");
        incidentLevels = Set.copyOf(incidentLevels);
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(statement, "statement");
    }
}
