package cn.slaportal.web.pagecache;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import cn.slaportal.core.SlaTime;

/** A clock in Asia/Shanghai that tests move by hand; it starts at the real time. */
final class MovableClock extends Clock {

    private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return SlaTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
