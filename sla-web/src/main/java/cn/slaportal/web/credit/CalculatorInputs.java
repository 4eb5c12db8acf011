package cn.slaportal.web.credit;

import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.uptime.UptimeMethod;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validates the calculator form at the edge: every field is checked for its shape (a month, an amount with at
 * most two decimals, a whole number of minutes...) and each problem is recorded against the field that caused
 * it. The SLA rules themselves (available minutes, downtime within them, tiers) stay in sla-core.
 */
final class CalculatorInputs {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,12}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    /** The largest whole number a field takes (12 digits), as the message shows it. */
    static final String LARGEST_WHOLE = "999,999,999,999";
    /** The largest amount (15 digits before the point). */
    static final String LARGEST_AMOUNT = "999,999,999,999,999.99";

    private CalculatorInputs() {
    }

    static Optional<YearMonth> month(CalculatorForm form, FieldErrors errors) {
        if (form.month().isEmpty()) {
            errors.reject("month", "calculator.error.required");
            return Optional.empty();
        }
        if (MONTH.matcher(form.month()).matches()) {
            try {
                YearMonth month = YearMonth.parse(form.month());
                if (month.getYear() >= 2000 && month.getYear() <= 2100) {
                    return Optional.of(month);
                }
            } catch (DateTimeException e) {
                // reported below
            }
        }
        errors.reject("month", "calculator.error.month");
        return Optional.empty();
    }

    static Optional<BigDecimal> fee(CalculatorForm form, FieldErrors errors) {
        String text = form.monthlyFee().replace(",", "").replace("¥", "").strip();
        if (text.isEmpty()) {
            errors.reject("monthlyFee", "calculator.error.required");
            return Optional.empty();
        }
        if (!AMOUNT.matcher(text).matches()) {
            boolean tooLarge = DECIMAL.matcher(text).matches() && text.split("\\.")[0].length() > 15
                    && (!text.contains(".") || text.split("\\.")[1].length() <= 2);
            errors.reject("monthlyFee", tooLarge ? "calculator.error.too-large" : "calculator.error.fee",
                    tooLarge ? new Object[] {LARGEST_AMOUNT} : new Object[0]);
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }

    static Optional<Integer> billingDay(CalculatorForm form, FieldErrors errors) {
        if (form.billingDay().isEmpty()) {
            return Optional.empty();
        }
        if (form.billingDay().matches("\\d{1,2}")) {
            int day = Integer.parseInt(form.billingDay());
            if (day >= 1 && day <= 28) {
                return Optional.of(day);
            }
        }
        errors.reject("billingDay", "calculator.error.billing-day");
        return Optional.empty();
    }

    static Optional<LocalDate> incidentDate(CalculatorForm form, FieldErrors errors) {
        if (form.incidentDate().isEmpty()) {
            return Optional.empty();
        }
        if (DATE.matcher(form.incidentDate()).matches()) {
            try {
                return Optional.of(LocalDate.parse(form.incidentDate()));
            } catch (DateTimeException e) {
                // reported below
            }
        }
        errors.reject("incidentDate", "calculator.error.date");
        return Optional.empty();
    }

    /** The typed resource rows; rows left wholly empty are skipped. */
    static List<CreditEstimateRequest.Resource> resources(CalculatorForm form, FieldErrors errors) {
        List<CreditEstimateRequest.Resource> resources = new ArrayList<>();
        for (int row = 0; row < form.rowCount(); row++) {
            String name = form.resourceName(row);
            String deployed = form.resourceDeployed(row);
            String downtime = form.resourceDowntime(row);
            if (name.isEmpty() && deployed.isEmpty() && downtime.isEmpty()) {
                continue;
            }
            Long deployedMinutes = whole(deployed, "resourceDeployed[" + row + "]", true, errors);
            Long downtimeMinutes = whole(downtime, "resourceDowntime[" + row + "]", true, errors);
            resources.add(new CreditEstimateRequest.Resource(name.isEmpty() ? null : name, deployedMinutes, downtimeMinutes));
        }
        if (resources.isEmpty()) {
            errors.reject("resourceDeployed[0]", "calculator.error.resources-required");
        }
        return resources;
    }

    static Long whole(String text, String field, boolean required, FieldErrors errors) {
        if (text.isEmpty()) {
            if (required) {
                errors.reject(field, "calculator.error.required");
            }
            return null;
        }
        String digits = text.replace(",", "");
        if (!WHOLE.matcher(digits).matches()) {
            if (DIGITS.matcher(digits).matches()) {
                errors.reject(field, "calculator.error.too-large", LARGEST_WHOLE);
            } else {
                errors.reject(field, "calculator.error.whole-number");
            }
            return null;
        }
        return Long.parseLong(digits);
    }

    /** The typed inputs of the level's uptime method, as the estimate request the JSON API would send. */
    static CreditEstimateRequest request(ServiceLevel level, YearMonth month, Integer billingDay, BigDecimal fee,
            CalculatorForm form, FieldErrors errors) {
        String slug = level.slug().value();
        if (level.uptimeMethod() == UptimeMethod.DEPLOYMENT_MINUTES) {
            return new CreditEstimateRequest(slug, month, billingDay, fee, null, resources(form, errors), null, null,
                    null, null, null, null);
        }
        if (level.uptimeMethod() == UptimeMethod.USER_MINUTES) {
            Long users = whole(form.users(), "users", true, errors);
            Long scheduled = whole(form.scheduledDowntimeMinutes(), "scheduledDowntimeMinutes", false, errors);
            Long notice = whole(form.scheduledDowntimeNoticeDays(), "scheduledDowntimeNoticeDays",
                    scheduled != null && scheduled > 0, errors);
            Long downtime = whole(form.downtimeUserMinutes(), "downtimeUserMinutes", true, errors);
            return new CreditEstimateRequest(slug, month, billingDay, fee, null, null, users, scheduled, notice, downtime,
                    null, null);
        }
        Long deployed = whole(form.deployedMinutes(), "deployedMinutes", true, errors);
        Long downtime = whole(form.downtimeMinutes(), "downtimeMinutes", true, errors);
        return new CreditEstimateRequest(slug, month, billingDay, fee, null, null, null, null, null, null, deployed,
                downtime);
    }
}
