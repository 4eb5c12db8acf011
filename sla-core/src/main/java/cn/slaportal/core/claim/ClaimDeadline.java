package cn.slaportal.core.claim;

import cn.slaportal.core.SlaTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The last day a Claim may arrive, inclusive: a claim received at any moment of that day in Asia/Shanghai
 * (up to 23:59:59) is on time; from the next day's 00:00 it is late.
 */
public record ClaimDeadline(LocalDate lastDay) {

    private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

    public ClaimDeadline {
        Objects.requireNonNull(lastDay, "lastDay");
    }

    /** 23:59:59 of the last day in Asia/Shanghai: the closing instant as the SLA states it. */
    public Instant closesAt() {
        return lastDay.atTime(LAST_SECOND).atZone(SlaTime.ZONE).toInstant();
    }

    public boolean isLate(Instant receivedAt) {
        return LocalDate.ofInstant(receivedAt, SlaTime.ZONE).isAfter(lastDay);
    }

    /** Refuses a late claim with {@link ClaimDeadlinePassed}, which names this deadline. */
    public void requireOnTime(Instant receivedAt) {
        if (isLate(receivedAt)) {
            throw new ClaimDeadlinePassed(this);
        }
    }
}
