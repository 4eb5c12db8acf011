package cn.slaportal.core.claim;

import java.util.Objects;
import java.util.Optional;

/**
 * What the customer states in a claim (SPEC 3.6): a detailed description, the affected resources or operations
 * (Service Bus), the number and locations of affected end users (Dynamics, where applicable) and the attempts made
 * to resolve the incident. Its time and duration are the incident's.
 */
public record ClaimStatement(String description, Optional<String> affectedResources, Optional<Integer> affectedUserCount,
        Optional<String> affectedUserLocations, String resolutionAttempts) {

    public ClaimStatement {
        description = Objects.requireNonNullElse(description, "").strip();
        resolutionAttempts = Objects.requireNonNullElse(resolutionAttempts, "").strip();
        affectedResources = Objects.requireNonNull(affectedResources, "affectedResources").map(String::strip)
                .filter(text -> !text.isEmpty());
        affectedUserCount = Objects.requireNonNull(affectedUserCount, "affectedUserCount");
        affectedUserLocations = Objects.requireNonNull(affectedUserLocations, "affectedUserLocations")
                .map(String::strip).filter(text -> !text.isEmpty());
    }

    /** Whether the statement provides an item; the incident's time and duration are always known. */
    public boolean provides(ClaimInformation item) {
        return switch (item) {
            case DETAILED_DESCRIPTION -> !description.isEmpty();
            case INCIDENT_TIME_AND_DURATION, DOWNTIME_TIME_AND_DURATION -> true;
            case AFFECTED_RESOURCES_OR_OPERATIONS -> affectedResources.isPresent();
            case AFFECTED_END_USERS_NUMBER_AND_LOCATIONS -> affectedUserCount.map(count -> count > 0).orElse(true);
            case RESOLUTION_ATTEMPTS -> !resolutionAttempts.isEmpty();
        };
    }
}
