package cn.slaportal.core.availability;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts observed, unavailable and unobserved minutes per resource from probe attempts fed one at a time.
 * <p>
 * An attempt belongs to the Asia/Shanghai minute in which it started. A minute is <em>observed</em> when it
 * has a success or a failure, <em>unavailable</em> when it has a failure and no success; 4xx attempts count for
 * neither, so a minute with only 4xx attempts is <em>unobserved</em> (available, reported as thin evidence).
 * Unobserved minutes are counted over the window's ends, or where open, the resource's first and last logged
 * minute (4xx attempts included).
 * <p>
 * <strong>Order.</strong> Logs need not be sorted. Each resource keeps its last {@value #OPEN_MINUTES} minutes
 * open, in a fixed ring: an attempt up to {@value #OPEN_MINUTES} - 1 minutes older than the latest minute seen
 * for its resource is merged into its minute exactly; an older one finds its minute already closed and is
 * refused as {@link Acceptance#TOO_LATE} (never silently miscounted). State per resource is constant in size;
 * the number of resources is capped ({@link Acceptance#TOO_MANY_RESOURCES}), so memory is bounded whatever
 * the log's length.
 * <p>
 * A {@link MinuteListener} may follow every observed minute as it becomes final; {@link #finish()} closes the
 * minutes still open (after it, no attempt is accepted). Not thread-safe: one evaluator per log.
 */
public final class ProbeLogEvaluator {

    /** Minutes kept open per resource; a power of two. */
    public static final int OPEN_MINUTES = 64;
    public static final int DEFAULT_MAXIMUM_RESOURCES = 10_000;
    public static final int MAXIMUM_RESOURCE_NAME_LENGTH = 200;

    private static final long EMPTY = Long.MIN_VALUE;
    private static final byte SUCCEEDED = 1;
    private static final byte FAILED = 2;

    private final long windowFirst;
    private final long windowLast;
    private final int maximumResources;
    private final Map<String, ResourceState> resources = new HashMap<>();
    private final ZoneRules zoneRules = SlaTime.ZONE.getRules();
    private long offsetValidFrom = Long.MAX_VALUE;
    private long offsetValidUntil = Long.MIN_VALUE;
    private int offsetSeconds;
    private final MinuteListener listener;
    private ResourceState lastResource;
    private boolean finished;

    public ProbeLogEvaluator(EvaluationWindow window, int maximumResources, MinuteListener listener) {
        this.windowFirst = window.firstMinute().orElse(Long.MIN_VALUE);
        this.windowLast = window.lastMinute().orElse(Long.MAX_VALUE);
        if (maximumResources < 1) {
            throw new IllegalArgumentException("maximumResources must be positive");
        }
        this.maximumResources = maximumResources;
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public ProbeLogEvaluator(EvaluationWindow window, int maximumResources) {
        this(window, maximumResources, MinuteListener.NONE);
    }

    public ProbeLogEvaluator(EvaluationWindow window) {
        this(window, DEFAULT_MAXIMUM_RESOURCES);
    }

    public ProbeLogEvaluator() {
        this(EvaluationWindow.WHOLE_LOG);
    }

    public Acceptance accept(ProbeAttempt attempt) {
        return accept(attempt.startedAt().getEpochSecond(), attempt.resource(), attempt.outcome().statusCode(),
                attempt.latencyMillis());
    }

    /**
     * The allocation-free form of {@link #accept(ProbeAttempt)}: start as epoch seconds, status code 100-599 or
     * {@link ProbeOutcome#TIMEOUT_CODE}. Invalid values are refused with a {@link SlaRuleViolation}.
     */
    public Acceptance accept(long startEpochSecond, String resource, int statusCode, long latencyMillis) {
        if (finished) {
            throw new IllegalStateException("the evaluator is finished");
        }
        ProbeOutcome.validate(statusCode);
        if (latencyMillis < 0) {
            throw new SlaRuleViolation("availability.error.negative-latency", latencyMillis);
        }
        ResourceState state = stateOf(resource);
        if (state == null) {
            return Acceptance.TOO_MANY_RESOURCES;
        }
        long minute = minuteOf(startEpochSecond);
        if (minute < windowFirst || minute > windowLast) {
            return Acceptance.OUTSIDE_WINDOW;
        }
        AttemptResult result = ProbeOutcome.classify(statusCode, latencyMillis);
        byte flag = result == AttemptResult.SUCCESS ? SUCCEEDED : result == AttemptResult.FAILURE ? FAILED : 0;
        return state.record(minute, flag) ? Acceptance.COUNTED : Acceptance.TOO_LATE;
    }

    /** The counts so far, resources sorted by name; the evaluator can go on accepting attempts afterwards. */
    public List<ResourceAvailability> report() {
        List<ResourceAvailability> report = new ArrayList<>(resources.size());
        for (ResourceState state : resources.values()) {
            report.add(state.availability(windowFirst, windowLast));
        }
        report.sort(Comparator.comparing(ResourceAvailability::name));
        return report;
    }

    /** Closes every open minute, in order, telling the listener; the evaluator accepts no attempt afterwards. */
    public void finish() {
        finished = true;
        for (ResourceState state : resources.values()) {
            state.closeAll();
        }
    }

    static void validateResource(String resource) {
        if (resource == null || resource.isBlank()) {
            throw new SlaRuleViolation("availability.error.blank-resource");
        }
        if (resource.length() > MAXIMUM_RESOURCE_NAME_LENGTH) {
            throw new SlaRuleViolation("availability.error.resource-too-long", MAXIMUM_RESOURCE_NAME_LENGTH);
        }
    }

    private ResourceState stateOf(String resource) {
        ResourceState last = lastResource;
        if (last != null && last.name.equals(resource)) {
            return last;
        }
        ResourceState state = resources.get(resource);
        if (state == null) {
            validateResource(resource);
            if (resources.size() >= maximumResources) {
                return null;
            }
            state = new ResourceState(resource, listener);
            resources.put(resource, state);
        }
        lastResource = state;
        return state;
    }

    private long minuteOf(long epochSecond) {
        if (epochSecond < offsetValidFrom || epochSecond >= offsetValidUntil) {
            Instant instant = Instant.ofEpochSecond(epochSecond);
            offsetSeconds = zoneRules.getOffset(instant).getTotalSeconds();
            ZoneOffsetTransition previous = zoneRules.previousTransition(instant.plusSeconds(1));
            ZoneOffsetTransition next = zoneRules.nextTransition(instant);
            offsetValidFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
            offsetValidUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        }
        return Math.floorDiv(epochSecond + offsetSeconds, 60);
    }

    private static final class ResourceState {
        private final String name;
        private final MinuteListener listener;
        private final long[] slotMinute = new long[OPEN_MINUTES];
        private final byte[] slotFlags = new byte[OPEN_MINUTES];
        private long highestMinute = EMPTY;
        private long firstMinute = Long.MAX_VALUE;
        private long lastMinute = Long.MIN_VALUE;
        private long observed;
        private long unavailable;

        ResourceState(String name, MinuteListener listener) {
            this.name = name;
            this.listener = listener;
            Arrays.fill(slotMinute, EMPTY);
        }

        boolean record(long minute, byte flag) {
            if (highestMinute != EMPTY && minute <= highestMinute - OPEN_MINUTES) {
                return false;
            }
            int slot = (int) (minute & (OPEN_MINUTES - 1));
            long held = slotMinute[slot];
            if (held != minute) {
                if (held != EMPTY) {
                    close(held, slotFlags[slot]);
                }
                slotMinute[slot] = minute;
                slotFlags[slot] = flag;
            } else {
                slotFlags[slot] |= flag;
            }
            if (highestMinute == EMPTY || minute > highestMinute) {
                highestMinute = minute;
            }
            if (minute < firstMinute) {
                firstMinute = minute;
            }
            if (minute > lastMinute) {
                lastMinute = minute;
            }
            return true;
        }

        private void close(long minute, byte flags) {
            if (flags != 0) {
                observed++;
                if (flags == FAILED) {
                    unavailable++;
                }
                listener.minute(name, minute, flags == FAILED);
            }
        }

        void closeAll() {
            long[] open = Arrays.stream(slotMinute).filter(minute -> minute != EMPTY).sorted().toArray();
            for (long minute : open) {
                int slot = (int) (minute & (OPEN_MINUTES - 1));
                close(minute, slotFlags[slot]);
                slotMinute[slot] = EMPTY;
                slotFlags[slot] = 0;
            }
        }

        ResourceAvailability availability(long windowFirst, long windowLast) {
            long observedNow = observed;
            long unavailableNow = unavailable;
            for (int slot = 0; slot < OPEN_MINUTES; slot++) {
                if (slotMinute[slot] != EMPTY && slotFlags[slot] != 0) {
                    observedNow++;
                    if (slotFlags[slot] == FAILED) {
                        unavailableNow++;
                    }
                }
            }
            long from = windowFirst != Long.MIN_VALUE ? windowFirst : firstMinute;
            long to = windowLast != Long.MAX_VALUE ? windowLast : lastMinute;
            long span = from == Long.MAX_VALUE || to == Long.MIN_VALUE || to < from ? 0 : to - from + 1;
            return new ResourceAvailability(name, observedNow, unavailableNow, Math.max(0, span - observedNow));
        }
    }
}
