package cn.slaportal.core.uptime;

import cn.slaportal.core.SlaRuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A maintenance window of {@code minutes}, announced {@code notice} before it began. It is Scheduled
 * Downtime only when the notice was at least five days; otherwise it is downtime like any other.
 */
public record Maintenance(long minutes, Duration notice) {

    public static final Duration MINIMUM_NOTICE = Duration.ofDays(5);
    /** Stands for "never announced". */
    public static final Duration NO_NOTICE = Duration.ZERO;

    public Maintenance {
        Objects.requireNonNull(notice, "notice");
        if (minutes < 0) {
            throw new SlaRuleViolation("uptime.error.negative-minutes", "scheduledDowntimeMinutes");
        }
        if (notice.isNegative()) {
            throw new SlaRuleViolation("uptime.error.negative-notice");
        }
    }

    public static Maintenance withNoticeDays(long minutes, long noticeDays) {
        if (noticeDays < 0) {
            throw new SlaRuleViolation("uptime.error.negative-notice");
        }
        return new Maintenance(minutes, Duration.ofDays(noticeDays));
    }

    /** Maintenance that began at {@code beganAt}, announced at {@code announcedAt} (after it began means no notice). */
    public static Maintenance announced(Instant announcedAt, Instant beganAt, long minutes) {
        Duration notice = Duration.between(announcedAt, beganAt);
        return new Maintenance(minutes, notice.isNegative() ? NO_NOTICE : notice);
    }

    public boolean isScheduledDowntime() {
        return notice.compareTo(MINIMUM_NOTICE) >= 0;
    }
}
