package cn.slaportal.persistence.claim;

import cn.slaportal.core.SlaTime;
import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out claim references {@code CLM-<year>-<number>} (year in Asia/Shanghai, number 6+ digits),
 * unique across threads and instances: each number is taken in its own short transaction that increments
 * the year's counter row under the database's row lock. The first number of a year inserts the row; a
 * concurrent insert or a lock timeout is retried.
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
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                last = e;
            }
        }
        throw last;
    }

    private long take(int year) {
        if (counters.increment(year) == 0) {
            counters.saveAndFlush(new ClaimReferenceCounterEntity(year, 1));
            return 1;
        }
        return counters.lastNumber(year);
    }

    static String format(int year, long number) {
        return String.format("CLM-%d-%06d", year, number);
    }
}
