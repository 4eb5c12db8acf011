package cn.slaportal.core.claim;

/** An item of information a Claim may be required to contain; each version's rule set lists the items it requires. */
public enum ClaimInformation {
    DETAILED_DESCRIPTION,
    INCIDENT_TIME_AND_DURATION,
    AFFECTED_RESOURCES_OR_OPERATIONS,
    DOWNTIME_TIME_AND_DURATION,
    /** "the number and location(s) of affected end users (if applicable)": required only where it applies. */
    AFFECTED_END_USERS_NUMBER_AND_LOCATIONS,
    RESOLUTION_ATTEMPTS;

    /** False only for the item the SLA asks for "where applicable". */
    public boolean alwaysRequired() {
        return this != AFFECTED_END_USERS_NUMBER_AND_LOCATIONS;
    }
}
