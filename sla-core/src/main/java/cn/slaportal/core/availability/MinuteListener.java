package cn.slaportal.core.availability;

/**
 * Told about every observed minute once it is final: when it leaves a resource's open minutes, or at
 * {@link ProbeLogEvaluator#finish()}. Minutes are Asia/Shanghai minute numbers (minutes since
 * 1970-01-01T00:00 local time; the local date is {@code LocalDate.ofEpochDay(Math.floorDiv(minute, 1440))}).
 * Unobserved minutes are not reported.
 */
@FunctionalInterface
public interface MinuteListener {

    MinuteListener NONE = (resource, minute, unavailable) -> { };

    void minute(String resource, long shanghaiEpochMinute, boolean unavailable);
}
