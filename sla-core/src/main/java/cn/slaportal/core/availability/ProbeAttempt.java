package cn.slaportal.core.availability;

import cn.slaportal.core.SlaRuleViolation;
import java.time.Instant;
import java.util.Objects;

/** One attempt of a probe log: when it started, on which resource, its outcome and its latency. */
public record ProbeAttempt(Instant startedAt, String resource, ProbeOutcome outcome, long latencyMillis) {

    public ProbeAttempt {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
        ProbeLogEvaluator.validateResource(resource);
        if (latencyMillis < 0) {
            throw new SlaRuleViolation("availability.error.negative-latency", latencyMillis);
        }
    }
}
