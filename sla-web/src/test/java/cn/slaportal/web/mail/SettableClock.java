package cn.slaportal.web.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A clock the test moves by hand; starts at the real time in whole milliseconds (as the database stores it). */
final class SettableClock extends Clock {

    private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final ZoneId zone;

    SettableClock(ZoneId zone) {
        this.zone = zone;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        SettableClock clock = new SettableClock(other);
        clock.now = now;
        return clock;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
