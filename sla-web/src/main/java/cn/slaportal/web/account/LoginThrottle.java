package cn.slaportal.web.account;

import cn.slaportal.persistence.account.AccountStore;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing: every failed login of an existing account is counted in the database (so all
 * instances share the count), and from {@link #THRESHOLD} failures on the account is locked for
 * {@link #LOCK_DURATION}. A successful login resets the count.
 */
@Component
class LoginThrottle {

    static final int THRESHOLD = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final AccountStore accounts;
    private final Clock clock;

    LoginThrottle(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(event.getAuthentication().getName(), clock.instant(), THRESHOLD, LOCK_DURATION);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulLogin(event.getAuthentication().getName(), clock.instant());
    }
}
