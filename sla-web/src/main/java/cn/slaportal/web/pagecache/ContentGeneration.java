package cn.slaportal.web.pagecache;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import cn.slaportal.persistence.generation.ContentGenerationStore;
import cn.slaportal.web.outage.DatabaseOutage;
import cn.slaportal.web.search.ContentChangedEvent;

/**
 * Which generation of the published content this instance serves. {@link #value()} moves on (in memory, no
 * query) whenever the content changes: at once for a change made here ({@link ContentChangedEvent}, which also
 * advances the database's counter), and within {@code sla.content-generation.poll} (default 500 ms) for a
 * change made by another instance, seen by one background task that reads the counter. The same task probes the
 * database during an outage ({@link DatabaseOutage#probe()}).
 */
@Component
public class ContentGeneration implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ContentGeneration.class);
    private static final long UNREAD = Long.MIN_VALUE;

    private final ContentGenerationStore store;
    private final DatabaseOutage outage;
    private final ApplicationEventPublisher events;
    private final Duration poll;
    private final AtomicLong local = new AtomicLong();
    private volatile long seen = UNREAD;
    private volatile ScheduledExecutorService poller;

    ContentGeneration(ContentGenerationStore store, DatabaseOutage outage, ApplicationEventPublisher events,
                      @Value("${sla.content-generation.poll:500ms}") Duration poll) {
        this.store = store;
        this.outage = outage;
        this.events = events;
        this.poll = poll;
    }

    /** Moves on whenever the published content changed, here or on another instance. */
    public long value() {
        return local.get();
    }

    @EventListener
    void onContentChanged(ContentChangedEvent event) {
        local.incrementAndGet();
        try {
            seen = store.advance();
        } catch (DataAccessException unreachable) {
            LOG.warn("Content changed ({}) but the generation counter could not be advanced: {}", event.reason(),
                    unreachable.toString());
        }
    }

    /** One look at the database's counter (and, during an outage, one probe). */
    void check() {
        if (!outage.probe()) {
            return;
        }
        try {
            long current = store.current();
            long before = seen;
            if (before != UNREAD && before != current) {
                LOG.info("Content generation {} published by another instance", current);
                // what keeps content in memory reloads first (and throws when it cannot: then the next round tries
                // again), so that no page of the new generation is rendered from the old content
                events.publishEvent(new ContentGenerationChanged(current));
                local.incrementAndGet();
            }
            seen = current;
        } catch (DataAccessException unreachable) {
            LOG.debug("Content generation not readable: {}", unreachable.toString());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "content-generation");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::checkSafely, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        poller = executor;
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException unexpected) {
            LOG.warn("Content generation check failed", unexpected);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = poller;
        poller = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
