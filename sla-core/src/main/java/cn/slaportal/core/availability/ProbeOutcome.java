package cn.slaportal.core.availability;

import cn.slaportal.core.SlaRuleViolation;

/** The outcome of a probe attempt: an HTTP-like status code 100-599, or a timeout ({@link #TIMEOUT_CODE}). */
public record ProbeOutcome(int statusCode) {

    /** Status code that stands for "timed out": no answer at all. */
    public static final int TIMEOUT_CODE = 0;
    public static final ProbeOutcome TIMEOUT = new ProbeOutcome(TIMEOUT_CODE);
    /** "do not result in a Success Code within five minutes". */
    public static final long SUCCESS_WITHIN_MILLIS = 300_000;

    public ProbeOutcome {
        validate(statusCode);
    }

    public static void validate(int statusCode) {
        if (statusCode != TIMEOUT_CODE && (statusCode < 100 || statusCode > 599)) {
            throw new SlaRuleViolation("availability.error.invalid-status", statusCode);
        }
    }

    public static ProbeOutcome status(int statusCode) {
        return new ProbeOutcome(statusCode);
    }

    public boolean isTimeout() {
        return statusCode == TIMEOUT_CODE;
    }

    public AttemptResult classify(long latencyMillis) {
        return classify(statusCode, latencyMillis);
    }

    /** Classifies a valid status code ({@link #TIMEOUT_CODE} for a timeout) and latency. */
    public static AttemptResult classify(int statusCode, long latencyMillis) {
        if (statusCode == TIMEOUT_CODE || statusCode >= 500) {
            return AttemptResult.FAILURE;
        }
        if (statusCode >= 200 && statusCode < 400) {
            return latencyMillis <= SUCCESS_WITHIN_MILLIS ? AttemptResult.SUCCESS : AttemptResult.FAILURE;
        }
        return AttemptResult.NEUTRAL;
    }
}
