package cn.slaportal.core.availability;

/** What one probe attempt says about its minute. */
public enum AttemptResult {
    /** A Success Code (2xx or 3xx) within five minutes: the minute is available. */
    SUCCESS,
    /** An Error Code (5xx), a timeout, or a Success Code only after more than five minutes. */
    FAILURE,
    /** Neither: a 4xx (faulty input is an SLA exclusion) or a 1xx answer. */
    NEUTRAL
}
