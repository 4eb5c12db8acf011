package cn.slaportal.web.error;

import cn.slaportal.core.claim.DuplicateClaim;
import cn.slaportal.persistence.claim.DuplicateClaimException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Turns the ways a write can collide with stored data into one {@link ConflictException}: the core's duplicate
 * claim ({@code claim.error.duplicate}, naming the claim that stands), two identical claims stored at the same moment
 * ({@code claim.error.duplicate-race}), a row changed since it was read ({@code error.conflict.stale}) or another
 * unique key ({@code error.conflict.concurrent}). The application services call it; the advices use it for what
 * reaches them unwrapped.
 */
public final class Conflicts {

    private Conflicts() {
    }

    public static ConflictException of(RuntimeException exception) {
        if (exception instanceof ConflictException conflict) {
            return conflict;
        }
        if (exception instanceof DuplicateClaim duplicate) {
            return new ConflictException(DuplicateClaim.CODE, duplicate, duplicate.existingReference());
        }
        if (exception instanceof DuplicateClaimException race) {
            return new ConflictException("claim.error.duplicate-race", race);
        }
        if (exception instanceof OptimisticLockingFailureException stale) {
            return new ConflictException("error.conflict.stale", stale);
        }
        if (exception instanceof DataIntegrityViolationException concurrent) {
            return new ConflictException("error.conflict.concurrent", concurrent);
        }
        throw exception;
    }
}
