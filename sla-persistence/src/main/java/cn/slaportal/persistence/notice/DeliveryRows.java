package cn.slaportal.persistence.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/**
 * The delivery-state writes and reads both stores make, on one kind of row: record a sent or failed attempt, retry
 * a FAILED one by hand, list the latest or the given-up ones. The caller's transaction holds each write.
 */
final class DeliveryRows<E extends DeliveryRow> {

    private final DeliveryRowRepository<E> rows;
    private final String kind;

    DeliveryRows(DeliveryRowRepository<E> rows, String kind) {
        this.rows = rows;
        this.kind = kind;
    }

    E markSent(long id, Instant now) {
        E row = row(id);
        row.state().sent(now);
        return rows.saveAndFlush(row);
    }

    E markFailed(long id, String error, Instant now, Optional<Instant> retryAt) {
        E row = row(id);
        row.state().failed(error, now, retryAt);
        return rows.saveAndFlush(row);
    }

    /** @throws DeliveryNotRetriableException when it is not FAILED: nothing changes */
    E retryByHand(long id, Instant now) {
        E row = row(id);
        if (!row.state().retryByHand(now)) {
            throw new DeliveryNotRetriableException(id, row.state().status());
        }
        return rows.saveAndFlush(row);
    }

    /** The latest rows (of one status, when given), newest first, at most {@code limit}. */
    List<E> latest(Optional<DeliveryStatus> status, int limit) {
        return status.map(s -> rows.findByStateStatusOrderByIdDesc(s, PageRequest.of(0, limit)))
                .orElseGet(() -> rows.findAllByOrderByIdDesc(PageRequest.of(0, limit)));
    }

    /** The rows given up after their last attempt, the oldest first. */
    List<E> failed() {
        return rows.findByStateStatusOrderByIdAsc(DeliveryStatus.FAILED);
    }

    private E row(long id) {
        return rows.findById(id).orElseThrow(() -> new IllegalArgumentException("no " + kind + " " + id));
    }
}
