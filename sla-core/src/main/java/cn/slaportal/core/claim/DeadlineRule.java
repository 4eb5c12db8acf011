package cn.slaportal.core.claim;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.BillingMonth;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When a Claim must arrive, counted from the date of the Incident (Asia/Shanghai): by the last day of the
 * {@code months}-th period after the one containing the incident. The period is a billing month
 * ({@link Kind#BILLING_MONTHS}, Azure general terms: "within two months of the end of the billing month in which
 * the Incident occurs", N = 2) or a calendar month ({@link Kind#CALENDAR_MONTHS}, Dynamics 365: "by the end of
 * the calendar month following the month in which the Incident occurs", N = 1).
 */
public record DeadlineRule(Kind kind, int months) {

    /** The longest claim period a rule set may state. */
    public static final int MAXIMUM_MONTHS = 24;

    /** What a month is for the rule. */
    public enum Kind {
        /** Billing months of the subscription (its billing day). */
        BILLING_MONTHS,
        /** Calendar months, whatever the billing day. */
        CALENDAR_MONTHS
    }

    /**
     * Refuses a rule of less than one or more than {@value #MAXIMUM_MONTHS} months
     * ({@code rules.error.deadline-months}: {0} the months given, {1} the maximum).
     */
    public DeadlineRule {
        Objects.requireNonNull(kind, "kind");
        if (months < 1 || months > MAXIMUM_MONTHS) {
            throw new SlaRuleViolation("rules.error.deadline-months", months, MAXIMUM_MONTHS);
        }
    }

    public static DeadlineRule billingMonths(int months) {
        return new DeadlineRule(Kind.BILLING_MONTHS, months);
    }

    public static DeadlineRule calendarMonths(int months) {
        return new DeadlineRule(Kind.CALENDAR_MONTHS, months);
    }

    /** {@code billingDay} matters only for {@link Kind#BILLING_MONTHS}. */
    public ClaimDeadline deadlineFor(LocalDate incidentDate, BillingDay billingDay) {
        return switch (kind) {
            case BILLING_MONTHS -> new ClaimDeadline(
                    BillingMonth.containing(incidentDate, billingDay).plusMonths(months).lastDay());
            case CALENDAR_MONTHS -> new ClaimDeadline(YearMonth.from(incidentDate).plusMonths(months).atEndOfMonth());
        };
    }

    public ClaimDeadline deadlineFor(LocalDate incidentDate) {
        return deadlineFor(incidentDate, BillingDay.CALENDAR);
    }

    /** The incident's date is its date in Asia/Shanghai. */
    public ClaimDeadline deadlineFor(Instant incidentAt, BillingDay billingDay) {
        return deadlineFor(LocalDate.ofInstant(incidentAt, SlaTime.ZONE), billingDay);
    }

    /** As written in a rule set: {@code billing-months 2}, {@code calendar-months 1}. */
    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " " + months;
    }
}
