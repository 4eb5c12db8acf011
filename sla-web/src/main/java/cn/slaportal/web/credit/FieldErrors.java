package cn.slaportal.web.credit;

import cn.slaportal.web.availability.RejectedLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validation messages keyed by form field name (e.g. {@code monthlyFee}, {@code resourceDeployed[1]}), each a
 * message code with arguments, resolved in the page's language by the template; {@code ""} is the form itself.
 */
public final class FieldErrors {

    private static final Pattern ROW_FIELD = Pattern.compile("(resourceDeployed|resourceDowntime)\\[(\\d+)]");

    /** One message: a bundle code and its arguments. */
    public record Message(String code, Object[] arguments) {

        public Message {
            arguments = arguments.clone();
        }
    }

    /** Rejected probe-log lines shown with the summary when a log gave no usable minute, at most this many. */
    static final int SHOWN_REJECTED_LINES = 10;

    private final Map<String, Message> byField = new LinkedHashMap<>();
    private List<RejectedLine> rejectedLines = List.of();

    public void reject(String field, String code, Object... arguments) {
        byField.putIfAbsent(field, new Message(code, arguments));
    }

    /** Keeps the first rejected lines of a probe log that was refused as a whole, to show why. */
    void showRejectedLines(List<RejectedLine> lines) {
        rejectedLines = List.copyOf(lines.subList(0, Math.min(SHOWN_REJECTED_LINES, lines.size())));
    }

    public List<RejectedLine> rejectedLines() {
        return rejectedLines;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Message get(String field) {
        return byField.get(field);
    }

    /** Every message in form order, with its field, for the summary at the top of the form. */
    public List<Map.Entry<String, Message>> all() {
        return new ArrayList<>(byField.entrySet());
    }

    /**
     * One line of the error summary: the field's label (a bundle code with arguments; null for the form as a
     * whole), the id of the input to jump to, and the message.
     */
    public record SummaryLine(String field, String anchor, String labelCode, Object[] labelArguments, Message message) {

        public SummaryLine {
            labelArguments = labelArguments.clone();
        }
    }

    /** The summary in form order: each message named by its field's label and linked to the field. */
    public List<SummaryLine> summary() {
        List<SummaryLine> lines = new ArrayList<>();
        byField.forEach((field, message) -> lines.add(new SummaryLine(field, anchor(field), labelCode(field),
                labelArguments(field), message)));
        return lines;
    }

    /** The id of the input a field's message is about: {@code resourceDeployed[1]} is {@code resourceDeployed-1}. */
    static String anchor(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            return row.group(1) + "-" + row.group(2);
        }
        return switch (field) {
            case "" -> "calculator-form";
            case "resources" -> "resourceDeployed-0";
            default -> field;
        };
    }

    private static String labelCode(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            return row.group(1).equals("resourceDeployed") ? "calculator.resources.deployed" : "calculator.resources.downtime";
        }
        return switch (field) {
            case "serviceLevel" -> "calculator.level.label";
            case "month" -> "calculator.month.label";
            case "monthlyFee" -> "calculator.fee.label";
            case "resources" -> "calculator.resources.legend";
            case "probeLog" -> "calculator.log.label";
            case "incidentDate" -> "calculator.incident.label";
            case "billingDay" -> "calculator.billing-day.label";
            case "users", "downtimeUserMinutes", "scheduledDowntimeMinutes", "scheduledDowntimeNoticeDays",
                 "deployedMinutes", "downtimeMinutes" -> "calculator.field." + field.toLowerCase(Locale.ROOT);
            default -> null;
        };
    }

    private static Object[] labelArguments(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        return row.matches() ? new Object[] {Integer.parseInt(row.group(2)) + 1} : new Object[0];
    }
}
