package cn.slaportal.web.error;

import cn.slaportal.core.claim.ClaimAction;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.core.claim.ClaimTransitionRefused;
import cn.slaportal.core.claim.DuplicateClaim;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The exceptions each kind of refusal is thrown as, and the portal's bundles, for the tests of both advices. */
public final class ErrorKinds {

    private ErrorKinds() {
    }

    public static RuntimeException of(String kind) {
        return switch (kind) {
            case "not-found" -> new NotFoundException("claim.notfound", "CLM-2026-000042");
            case "stale" -> new ObjectOptimisticLockingFailureException("claim", "CLM-2026-000042");
            case "conflict" -> Conflicts.of(new ObjectOptimisticLockingFailureException("claim", "CLM-2026-000042"));
            case "duplicate" -> new DuplicateClaim("CLM-2026-000007");
            case "refused-transition" -> new ClaimTransitionRefused(ClaimStatus.APPROVED, ClaimAction.WITHDRAW);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    public static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
