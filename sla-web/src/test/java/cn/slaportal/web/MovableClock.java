package cn.slaportal.web;

import cn.slaportal.core.SlaTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock that stands still until a test moves it (Asia/Shanghai). {@link Configuration} replaces the
 * application's clock bean with one: {@code @Import(MovableClock.Configuration.class)}; the start instant is
 * {@link #START}.
 */
public final class MovableClock extends Clock {

    /** Where a movable clock starts: 2026-03-01 10:00 in Asia/Shanghai. */
    public static final Instant START = ZonedDateTime.of(2026, 3, 1, 10, 0, 0, 0, SlaTime.ZONE).toInstant();

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MovableClock(Instant start) {
        this(new AtomicReference<>(start), SlaTime.ZONE);
    }

    private MovableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void moveTo(Instant instant) {
        now.set(instant);
    }

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Replaces the application's clock with a {@link MovableClock} at {@link #START}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(START);
        }
    }
}
