package cn.slaportal.web.credit;

import java.util.ArrayList;
import java.util.List;

/**
 * What the calculator form sends, exactly as typed (strings), so that every input survives an error and is
 * shown again; {@link CalculatorInputs} validates it. Resource rows arrive as three parallel lists.
 */
public record CalculatorForm(String serviceLevel, String month, String monthlyFee, String incidentDate,
        String billingDay, List<String> resourceName, List<String> resourceDeployed, List<String> resourceDowntime,
        String users, String scheduledDowntimeMinutes, String scheduledDowntimeNoticeDays, String downtimeUserMinutes,
        String deployedMinutes, String downtimeMinutes) {

    /** Resource rows the form offers at least. */
    public static final int MINIMUM_ROWS = 3;
    /** Resource rows the form offers at most (more go through the API or a probe log). */
    public static final int MAXIMUM_ROWS = 50;

    public CalculatorForm {
        serviceLevel = clean(serviceLevel);
        month = clean(month);
        monthlyFee = clean(monthlyFee);
        incidentDate = clean(incidentDate);
        billingDay = clean(billingDay);
        resourceName = rows(resourceName);
        resourceDeployed = rows(resourceDeployed);
        resourceDowntime = rows(resourceDowntime);
        users = clean(users);
        scheduledDowntimeMinutes = clean(scheduledDowntimeMinutes);
        scheduledDowntimeNoticeDays = clean(scheduledDowntimeNoticeDays);
        downtimeUserMinutes = clean(downtimeUserMinutes);
        deployedMinutes = clean(deployedMinutes);
        downtimeMinutes = clean(downtimeMinutes);
    }

    static CalculatorForm blank(String serviceLevel, String month) {
        return new CalculatorForm(serviceLevel, month, "", "", "", null, null, null, "", "", "", "", "", "");
    }

    /** Number of resource rows to show: the rows sent, at least {@link #MINIMUM_ROWS}. */
    public int rowCount() {
        return Math.min(MAXIMUM_ROWS, Math.max(MINIMUM_ROWS,
                Math.max(resourceName.size(), Math.max(resourceDeployed.size(), resourceDowntime.size()))));
    }

    /** The same input with one more empty resource row. */
    CalculatorForm withAnotherRow() {
        int rows = Math.min(MAXIMUM_ROWS, rowCount() + 1);
        return new CalculatorForm(serviceLevel, month, monthlyFee, incidentDate, billingDay, padded(resourceName, rows),
                padded(resourceDeployed, rows), padded(resourceDowntime, rows), users, scheduledDowntimeMinutes,
                scheduledDowntimeNoticeDays, downtimeUserMinutes, deployedMinutes, downtimeMinutes);
    }

    public String resourceName(int row) {
        return row < resourceName.size() ? resourceName.get(row) : "";
    }

    public String resourceDeployed(int row) {
        return row < resourceDeployed.size() ? resourceDeployed.get(row) : "";
    }

    public String resourceDowntime(int row) {
        return row < resourceDowntime.size() ? resourceDowntime.get(row) : "";
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > 100 ? stripped.substring(0, 100) : stripped;
    }

    private static List<String> rows(List<String> values) {
        List<String> rows = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < Math.min(values.size(), MAXIMUM_ROWS); i++) {
                rows.add(clean(values.get(i)));
            }
        }
        return List.copyOf(rows);
    }

    private static List<String> padded(List<String> values, int size) {
        List<String> rows = new ArrayList<>(values);
        while (rows.size() < size) {
            rows.add("");
        }
        return List.copyOf(rows);
    }
}
