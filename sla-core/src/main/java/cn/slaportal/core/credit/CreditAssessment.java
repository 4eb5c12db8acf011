package cn.slaportal.core.credit;

import cn.slaportal.core.uptime.UptimeMinutes;
import java.util.Objects;

/** A month assessed under a service level: the SLA formula's minutes and the credit they earn. */
public record CreditAssessment(UptimeMinutes minutes, ServiceCredit credit) {

    public CreditAssessment {
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(credit, "credit");
    }
}
