package cn.slaportal.core.claim;

import cn.slaportal.core.SlaTime;

import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.BillingMonth;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** When a Claim must arrive, counted from the date of the Incident (Asia/Shanghai). */
public enum DeadlineRule {
    /**
     * Azure general terms: "within two months of the end of the billing month in which the Incident ...
     * occurs" = the last day of the second billing month after the one containing the incident.
     */
    TWO_BILLING_MONTHS {
        @Override
        public ClaimDeadline deadlineFor(LocalDate incidentDate, BillingDay billingDay) {
            return new ClaimDeadline(BillingMonth.containing(incidentDate, billingDay).plusMonths(2).lastDay());
        }
    },
    /** Dynamics 365: "by the end of the calendar month following the month in which the Incident ... occurs". */
    FOLLOWING_CALENDAR_MONTH {
        @Override
        public ClaimDeadline deadlineFor(LocalDate incidentDate, BillingDay billingDay) {
            return new ClaimDeadline(YearMonth.from(incidentDate).plusMonths(1).atEndOfMonth());
        }
    };

    /** {@code billingDay} matters only for {@link #TWO_BILLING_MONTHS}. */
    public abstract ClaimDeadline deadlineFor(LocalDate incidentDate, BillingDay billingDay);

    public ClaimDeadline deadlineFor(LocalDate incidentDate) {
        return deadlineFor(incidentDate, BillingDay.CALENDAR);
    }

    /** The incident's date is its date in Asia/Shanghai. */
    public ClaimDeadline deadlineFor(Instant incidentAt, BillingDay billingDay) {
        return deadlineFor(LocalDate.ofInstant(incidentAt, SlaTime.ZONE), billingDay);
    }
}
