package cn.slaportal.web.credit;

import cn.slaportal.core.credit.FeeBasis;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What a customer tells the credit estimate, independent of how it arrived (JSON API or calculator form).
 * Every field may be null; {@link CreditEstimator} says which are missing or do not belong to the service
 * level's uptime method.
 *
 * @param serviceLevel slug, e.g. {@code service-bus-relays}
 * @param billingDay 1-28, null for calendar months
 * @param feeBasis null means {@link FeeBasis#MONTHLY_FEE}
 * @param resources deployment minutes (Service Bus)
 * @param users user minutes (Dynamics online services), with {@code downtimeUserMinutes} and optionally one
 *        maintenance window {@code scheduledDowntimeMinutes} announced {@code scheduledDowntimeNoticeDays} ahead
 * @param deployedMinutes tenant minutes (Finance and Operations), with {@code downtimeMinutes}
 */
public record CreditEstimateRequest(String serviceLevel, YearMonth month, Integer billingDay, BigDecimal monthlyFee,
        FeeBasis feeBasis, List<Resource> resources, Long users, Long scheduledDowntimeMinutes,
        Long scheduledDowntimeNoticeDays, Long downtimeUserMinutes, Long deployedMinutes, Long downtimeMinutes) {

    /** One Service Bus resource; a missing name is shown by position. */
    public record Resource(String name, Long deployedMinutes, Long downtimeMinutes) {
    }
}
