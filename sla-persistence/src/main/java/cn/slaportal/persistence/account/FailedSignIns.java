package cn.slaportal.persistence.account;

import java.time.Instant;

/** The failed sign-ins counted under one throttle key, and when the last of them happened. */
public record FailedSignIns(int failures, Instant lastFailureAt) {

    public static final FailedSignIns NONE = new FailedSignIns(0, Instant.EPOCH);
}
