package cn.slaportal.web.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The claim form exactly as typed (strings), so that everything survives a refusal: the subscription and the
 * operator's incident (or the start and end of one the customer reports, local time Asia/Shanghai), the month's figures in the level's uptime method (resource rows for deployment minutes; users
 * and user-minutes; tenant minutes) and the statement the governing version requires.
 */
public record ClaimForm(String subscription, String incident, List<String> resourceName, List<String> resourceDeployed,
                        List<String> resourceDowntime, String users, String scheduledDowntimeMinutes,
                        String downtimeUserMinutes, String deployedMinutes, String downtimeMinutes, String description,
                        String affectedResources, String affectedUserCount, String affectedUserLocations,
                        String resolutionAttempts, String reportedStart, String reportedEnd) {

    /** Resource rows the form shows at least. */
    static final int MINIMUM_ROWS = 3;
    /** Resource rows the form takes at most (more arrive as a probe log). */
    static final int MAXIMUM_ROWS = 50;

    public ClaimForm {
        subscription = clean(subscription);
        incident = clean(incident);
        resourceName = rows(resourceName);
        resourceDeployed = rows(resourceDeployed);
        resourceDowntime = rows(resourceDowntime);
        users = clean(users);
        scheduledDowntimeMinutes = clean(scheduledDowntimeMinutes);
        downtimeUserMinutes = clean(downtimeUserMinutes);
        deployedMinutes = clean(deployedMinutes);
        downtimeMinutes = clean(downtimeMinutes);
        description = text(description);
        affectedResources = text(affectedResources);
        affectedUserCount = clean(affectedUserCount);
        affectedUserLocations = text(affectedUserLocations);
        resolutionAttempts = text(resolutionAttempts);
        reportedStart = clean(reportedStart);
        reportedEnd = clean(reportedEnd);
    }

    static ClaimForm empty() {
        return new ClaimForm("", "", null, null, null, "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** Number of resource rows to show. */
    public int rowCount() {
        return Math.min(MAXIMUM_ROWS, Math.max(MINIMUM_ROWS,
                Math.max(resourceName.size(), Math.max(resourceDeployed.size(), resourceDowntime.size()))));
    }

    public String row(List<String> column, int index) {
        return index < column.size() ? column.get(index) : "";
    }

    /** The same form with the figures of the month replaced (a pre-fill or an evaluated probe log). */
    ClaimForm withFigures(List<String> names, List<String> deployed, List<String> downtime, String users,
                          String downtimeUserMinutes, String tenantDeployed, String tenantDowntime) {
        return new ClaimForm(subscription, incident, names, deployed, downtime, users, scheduledDowntimeMinutes,
                downtimeUserMinutes, tenantDeployed, tenantDowntime, description, affectedResources, affectedUserCount,
                affectedUserLocations, resolutionAttempts, reportedStart, reportedEnd);
    }

    ClaimForm withChoice(String subscription, String incident) {
        return new ClaimForm(subscription, incident, resourceName, resourceDeployed, resourceDowntime, users,
                scheduledDowntimeMinutes, downtimeUserMinutes, deployedMinutes, downtimeMinutes, description,
                affectedResources, affectedUserCount, affectedUserLocations, resolutionAttempts, reportedStart, reportedEnd);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> rows(List<String> values) {
        List<String> rows = new ArrayList<>();
        if (values != null) {
            values.stream().limit(MAXIMUM_ROWS).map(value -> Objects.requireNonNullElse(value, "").strip()).forEach(rows::add);
        }
        return List.copyOf(rows);
    }
}
