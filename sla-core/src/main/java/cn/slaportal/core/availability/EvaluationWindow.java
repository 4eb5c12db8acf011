package cn.slaportal.core.availability;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The minutes a probe log is evaluated over, as Asia/Shanghai minute numbers (minutes since
 * 1970-01-01T00:00 local time), both ends inclusive. Either end may be open: it is then the resource's first
 * or last logged minute.
 */
public record EvaluationWindow(Optional<Long> firstMinute, Optional<Long> lastMinute) {

    public static final EvaluationWindow WHOLE_LOG = new EvaluationWindow(Optional.empty(), Optional.empty());

    public EvaluationWindow {
        if (firstMinute.isPresent() && lastMinute.isPresent() && firstMinute.get() > lastMinute.get()) {
            throw new SlaRuleViolation("availability.error.window-reversed");
        }
    }

    /** From the start of {@code from} to the end of {@code toInclusive}, dates in Asia/Shanghai; either may be null. */
    public static EvaluationWindow ofDates(LocalDate from, LocalDate toInclusive) {
        return new EvaluationWindow(Optional.ofNullable(from).map(date -> startMinute(date)),
                Optional.ofNullable(toInclusive).map(date -> startMinute(date.plusDays(1)) - 1));
    }

    /** From the minute containing {@code from} up to, excluding, {@code toExclusive}; either may be null. */
    public static EvaluationWindow ofInstants(Instant from, Instant toExclusive) {
        return new EvaluationWindow(Optional.ofNullable(from).map(EvaluationWindow::minuteOf),
                Optional.ofNullable(toExclusive).map(to -> minuteOf(to.minusNanos(1))));
    }

    /** Builds a window from ends that are each either a start bound or an end bound. */
    public static EvaluationWindow of(Optional<Long> firstMinute, Optional<Long> lastMinute) {
        return new EvaluationWindow(firstMinute, lastMinute);
    }

    public static long startMinute(LocalDate date) {
        return minuteOf(date.atStartOfDay(SlaTime.ZONE).toInstant());
    }

    /** The Asia/Shanghai minute an instant falls in. */
    public static long minuteOf(Instant instant) {
        int offset = SlaTime.ZONE.getRules().getOffset(instant).getTotalSeconds();
        return Math.floorDiv(instant.getEpochSecond() + offset, 60);
    }

    public boolean contains(long minute) {
        return (firstMinute.isEmpty() || minute >= firstMinute.get())
                && (lastMinute.isEmpty() || minute <= lastMinute.get());
    }
}
