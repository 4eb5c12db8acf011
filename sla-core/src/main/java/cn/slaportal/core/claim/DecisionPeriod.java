package cn.slaportal.core.claim;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import java.time.Instant;
import java.time.LocalDate;

/** How long the operator takes to decide a claim, e.g. Dynamics 365 claims are decided within 45 days of receipt. */
public record DecisionPeriod(int days) {

    /** The longest decision period a rule set may state. */
    public static final int MAXIMUM_DAYS = 366;

    /** Refuses a period outside 1-366 days ({@code rules.error.decision-days}: {0} the days given, {1} the maximum). */
    public DecisionPeriod {
        if (days <= 0 || days > MAXIMUM_DAYS) {
            throw new SlaRuleViolation("rules.error.decision-days", days, MAXIMUM_DAYS);
        }
    }

    public LocalDate expectedDecisionDate(LocalDate receiptDate) {
        return receiptDate.plusDays(days);
    }

    /**
     * The whole days from {@code at} (its date in Asia/Shanghai) to the expected decision date: 0 on the day itself,
     * negative once it has passed (the administrators' queue shows it).
     */
    public static long daysLeft(LocalDate expectedDecisionDate, Instant at) {
        return java.time.temporal.ChronoUnit.DAYS.between(LocalDate.ofInstant(at, SlaTime.ZONE), expectedDecisionDate);
    }

    /** The receipt date is the date in Asia/Shanghai. */
    public LocalDate expectedDecisionDate(Instant receivedAt) {
        return expectedDecisionDate(LocalDate.ofInstant(receivedAt, SlaTime.ZONE));
    }
}
