package cn.slaportal.web.account;

import cn.slaportal.persistence.account.AccountStore;
import java.time.Clock;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs in with e-mail and password under the {@link LoginThrottle}. Every attempt costs the same work and gets
 * the same refusal, whether the e-mail is unknown, the password wrong, the account locked or the attempt held back
 * by the throttle: the password is always checked (an unknown e-mail against a dummy hash), and the account's state
 * only afterwards. Only a disabled account with its right password is told so.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final String REFUSED = "sign-in refused";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccountStore accounts;
    private final Clock clock;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                    AccountStore accounts, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName() == null ? "" : attempt.getName();
        LoginThrottle.Verdict verdict = throttle.verdict(address(attempt), email);
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (DisabledException disabled) {
            throw disabled;
        } catch (AuthenticationException refused) {
            throttle.failed(verdict);
            throw new BadCredentialsException(REFUSED);
        }
        if (verdict.heldBack()) {
            throw new BadCredentialsException(REFUSED);
        }
        throttle.succeeded(verdict);
        accounts.recordSuccessfulLogin(signedIn.getName(), clock.instant());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
