package cn.slaportal.core.claim;

import cn.slaportal.core.credit.ServiceCredit;
import cn.slaportal.core.uptime.UptimeMinutes;
import java.util.List;
import java.util.Objects;

/**
 * What an approval citing {@code cited} gives, step by step: the month's figures as filed, the minutes each cited
 * exclusion removes from the downtime (in the level's unit), the figures that remain and the credit the governing
 * rules give for them (capped at the applicable fee).
 */
public record ClaimRecomputation(UptimeMinutes filed, List<CitedExclusion> cited, UptimeMinutes remaining,
        ServiceCredit credit) {

    public ClaimRecomputation {
        Objects.requireNonNull(filed, "filed");
        cited = List.copyOf(cited);
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(credit, "credit");
    }

    /** The downtime minutes the cited exclusions remove together. */
    public long removedMinutes() {
        return filed.downtimeMinutes() - remaining.downtimeMinutes();
    }
}
