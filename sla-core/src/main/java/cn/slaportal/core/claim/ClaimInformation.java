package cn.slaportal.core.claim;

import java.util.List;

/** An item of information a Claim must contain; each document lists the items it requires. */
public enum ClaimInformation {
    DETAILED_DESCRIPTION,
    INCIDENT_TIME_AND_DURATION,
    AFFECTED_RESOURCES_OR_OPERATIONS,
    DOWNTIME_TIME_AND_DURATION,
    /** "the number and location(s) of affected end users (if applicable)": required only where it applies. */
    AFFECTED_END_USERS_NUMBER_AND_LOCATIONS,
    RESOLUTION_ATTEMPTS;

    /** Azure general terms (Service Bus), section 2.1. */
    public static final List<ClaimInformation> AZURE_GENERAL_TERMS = List.of(DETAILED_DESCRIPTION,
            INCIDENT_TIME_AND_DURATION, AFFECTED_RESOURCES_OR_OPERATIONS, RESOLUTION_ATTEMPTS);

    /** Dynamics 365, section 4.1 (i)-(iv). */
    public static final List<ClaimInformation> DYNAMICS_365 = List.of(DETAILED_DESCRIPTION,
            DOWNTIME_TIME_AND_DURATION, AFFECTED_END_USERS_NUMBER_AND_LOCATIONS, RESOLUTION_ATTEMPTS);

    /** False only for the item the SLA asks for "where applicable". */
    public boolean alwaysRequired() {
        return this != AFFECTED_END_USERS_NUMBER_AND_LOCATIONS;
    }
}
