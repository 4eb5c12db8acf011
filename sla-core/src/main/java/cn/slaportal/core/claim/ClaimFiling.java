package cn.slaportal.core.claim;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.uptime.UptimeInput;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A claim as the customer files it: the one level claimed, the incident (its period, the levels it touched, whether
 * it was announced maintenance), the month's figures in the level's uptime method, and the statement.
 */
public record ClaimFiling(ServiceLevelSlug level, Instant incidentStartedAt, Instant incidentEndedAt,
        Set<ServiceLevelSlug> incidentLevels, boolean scheduledMaintenance, UptimeInput uptime,
        ClaimStatement statement) {

    /** Refuses an incident that does not end after it starts ({@code claim.error.incident-period}). */
    public ClaimFiling {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(incidentStartedAt, "incidentStartedAt");
        Objects.requireNonNull(incidentEndedAt, "incidentEndedAt");
        if (!incidentEndedAt.isAfter(incidentStartedAt)) {
            throw new SlaRuleViolation("claim.error.incident-period");
        }
        incidentLevels = Set.copyOf(incidentLevels);
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(statement, "statement");
    }
}
