package cn.slaportal.web.account;

import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.UserAccount;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks a sign-in e-mail up among the stored accounts; a locked or disabled account cannot sign in. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AccountStore accounts;
    private final Clock clock;

    PortalUserDetailsService(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        UserAccount account = accounts.userByEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("no account for this e-mail"));
        Instant now = clock.instant();
        return User.withUsername(account.email())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(now))
                .build();
    }
}
