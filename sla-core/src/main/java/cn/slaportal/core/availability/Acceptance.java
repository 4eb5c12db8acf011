package cn.slaportal.core.availability;

/** What the evaluator did with an attempt. Anything but {@link #COUNTED} is reported back to the customer. */
public enum Acceptance {
    /** Counted in its minute. */
    COUNTED,
    /** Started outside the evaluation window (from/to): ignored. */
    OUTSIDE_WINDOW,
    /**
     * Started in a minute already closed for its resource: more than
     * {@link ProbeLogEvaluator#OPEN_MINUTES} - 1 minutes before the latest minute seen for that resource.
     */
    TOO_LATE,
    /** Names a resource beyond the evaluator's resource limit: ignored. */
    TOO_MANY_RESOURCES
}
