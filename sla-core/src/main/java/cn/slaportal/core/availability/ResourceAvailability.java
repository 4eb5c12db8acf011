package cn.slaportal.core.availability;

/**
 * Minute counts of one resource: observed (at least one success or failure), unavailable (observed, every
 * counted attempt failed) and unobserved (no attempt, or 4xx only: counted as available) over the span.
 */
public record ResourceAvailability(String name, long observedMinutes, long unavailableMinutes,
        long unobservedMinutes) {

    public ResourceAvailability {
        if (observedMinutes < 0 || unavailableMinutes < 0 || unobservedMinutes < 0
                || unavailableMinutes > observedMinutes) {
            throw new IllegalArgumentException("inconsistent minute counts");
        }
    }

    public long spanMinutes() {
        return observedMinutes + unobservedMinutes;
    }
}
