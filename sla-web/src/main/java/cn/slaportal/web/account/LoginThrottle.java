package cn.slaportal.web.account;

import cn.slaportal.persistence.account.FailedSignIns;
import cn.slaportal.persistence.account.LoginThrottleStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing by client address and by account, with the counts in the database so that every
 * instance shares them ({@link LoginThrottleStore}). A client address that failed {@value #ADDRESS_FREE_FAILURES}
 * times is held back with an exponential delay; so is an account after {@value #ACCOUNT_FREE_FAILURES} failures,
 * but only for addresses that failed themselves: the owner, signing in from an address that did not guess, passes
 * a throttle that guessing from elsewhere triggered. Unknown e-mails are counted like accounts, so the throttle
 * behaves the same whether an account exists or not. A successful sign-in forgets both counts.
 */
@Component
class LoginThrottle {

    static final int ADDRESS_FREE_FAILURES = 10;
    static final int ACCOUNT_FREE_FAILURES = 5;
    static final ThrottleRule ADDRESS_RULE = new ThrottleRule(ADDRESS_FREE_FAILURES, Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofHours(24));
    static final ThrottleRule ACCOUNT_RULE = new ThrottleRule(ACCOUNT_FREE_FAILURES, Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofHours(24));
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(10);

    private final LoginThrottleStore store;
    private final Clock clock;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    LoginThrottle(LoginThrottleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What the throttle says about a sign-in of {@code email} from {@code address}, decided before the password is checked. */
    Verdict verdict(String address, String email) {
        Attempt attempt = new Attempt(address, email);
        Instant now = clock.instant();
        Map<String, FailedSignIns> counts = store.counts(List.of(attempt.addressKey, attempt.accountKey));
        FailedSignIns byAddress = counts.getOrDefault(attempt.addressKey, FailedSignIns.NONE);
        FailedSignIns byAccount = counts.getOrDefault(attempt.accountKey, FailedSignIns.NONE);
        boolean heldBack = ADDRESS_RULE.holdsBack(byAddress, now)
                || (ACCOUNT_RULE.holdsBack(byAccount, now) && ADDRESS_RULE.remembers(byAddress, now));
        return new Verdict(attempt, heldBack);
    }

    void failed(Verdict verdict) {
        Instant now = clock.instant();
        store.recordFailure(verdict.attempt.addressKey, now, ADDRESS_RULE.forgetBefore(now));
        store.recordFailure(verdict.attempt.accountKey, now, ACCOUNT_RULE.forgetBefore(now));
        purgeForgottenCounts(now);
    }

    void succeeded(Verdict verdict) {
        store.forget(List.of(verdict.attempt.addressKey, verdict.attempt.accountKey));
    }

    private void purgeForgottenCounts(Instant now) {
        Instant previous = lastPurge.get();
        if (now.isAfter(previous.plus(PURGE_INTERVAL)) && lastPurge.compareAndSet(previous, now)) {
            store.purge(now.minus(ADDRESS_RULE.memory().compareTo(ACCOUNT_RULE.memory()) > 0
                    ? ADDRESS_RULE.memory() : ACCOUNT_RULE.memory()));
        }
    }

    /** The throttle's decision for one attempt: whether it is held back whatever the password. */
    record Verdict(Attempt attempt, boolean heldBack) {
    }

    /** The two throttle keys of an attempt; the e-mail only as a hash. */
    static final class Attempt {
        private final String addressKey;
        private final String accountKey;

        Attempt(String address, String email) {
            this.addressKey = "address:" + address;
            this.accountKey = "account:" + sha256(email.trim().toLowerCase(Locale.ROOT));
        }

        private static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }
}
