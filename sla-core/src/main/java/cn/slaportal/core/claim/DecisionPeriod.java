package cn.slaportal.core.claim;

import cn.slaportal.core.SlaTime;

import java.time.Instant;
import java.time.LocalDate;

/** How long the operator takes to decide a claim: Dynamics 365 claims are decided within 45 days of receipt. */
public record DecisionPeriod(int days) {

    public static final DecisionPeriod DYNAMICS_365 = new DecisionPeriod(45);

    public DecisionPeriod {
        if (days <= 0) {
            throw new IllegalArgumentException("days must be positive");
        }
    }

    public LocalDate expectedDecisionDate(LocalDate receiptDate) {
        return receiptDate.plusDays(days);
    }

    /** The receipt date is the date in Asia/Shanghai. */
    public LocalDate expectedDecisionDate(Instant receivedAt) {
        return expectedDecisionDate(LocalDate.ofInstant(receivedAt, SlaTime.ZONE));
    }
}
