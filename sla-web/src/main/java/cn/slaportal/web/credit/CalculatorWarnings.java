package cn.slaportal.web.credit;

import cn.slaportal.core.billing.BillingMonth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a visitor should know about an accepted calculation before relying on it: an incident date outside the
 * billing month that was computed (the credit is for that month, the deadline for the incident's month), and a
 * claim deadline that has already passed. Each is a message code with its (already formatted) arguments.
 */
final class CalculatorWarnings {

    private CalculatorWarnings() {
    }

    static List<FieldErrors.Message> of(LocalDate incident, BillingMonth month, LocalDate deadline, LocalDate today,
                                        Function<LocalDate, String> date) {
        List<FieldErrors.Message> warnings = new ArrayList<>();
        if (incident != null && !month.contains(incident)) {
            warnings.add(new FieldErrors.Message("calculator.warning.incident-outside-month",
                    new Object[] {date.apply(incident), date.apply(month.firstDay()), date.apply(month.lastDay())}));
        }
        if (deadline != null && deadline.isBefore(today)) {
            warnings.add(new FieldErrors.Message("calculator.warning.deadline-passed",
                    new Object[] {date.apply(deadline)}));
        }
        return List.copyOf(warnings);
    }
}
