package cn.slaportal.persistence.claim;

import cn.slaportal.core.SlaTime;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out claim references {@code CLM-<year>-<number>} (year in Asia/Shanghai, number 6+ digits),
 * unique across threads and instances: each number is taken in its own short transaction that reads the year's
 * counter row under the database's row lock ({@code SELECT ... FOR UPDATE}) and increments it. The first number
 * of a year inserts the row; a concurrent insert, a lock timeout or a deadlock is retried.
 */
@Component
class ClaimReferences {

    private static final int ATTEMPTS = 20;

    private final ClaimReferenceCounterRepository counters;
    private final TransactionTemplate ownTransaction;

    ClaimReferences(ClaimReferenceCounterRepository counters, PlatformTransactionManager transactions) {
        this.counters = counters;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(Instant at) {
        int year = at.atZone(SlaTime.ZONE).getYear();
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                long number = ownTransaction.execute(status -> take(year));
                return format(year, number);
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                last = e;
            }
        }
        throw last;
    }

    private long take(int year) {
        Optional<ClaimReferenceCounterEntity> counter = counters.lockYear(year);
        if (counter.isEmpty()) {
            counters.startYear(year);
            return 1;
        }
        long number = counter.get().take();
        counters.saveAndFlush(counter.get());
        return number;
    }

    static String format(int year, long number) {
        return String.format("CLM-%d-%06d", year, number);
    }
}
