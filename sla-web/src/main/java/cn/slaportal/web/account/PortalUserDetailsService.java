package cn.slaportal.web.account;

import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.UserAccount;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Looks a sign-in e-mail up among the stored accounts and answers a {@link PortalUser} carrying the account and
 * organisation ids; a locked or disabled account cannot sign in.
 */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final AccountStore accounts;
    PortalUserDetailsService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        UserAccount account = accounts.userByEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("no account for this e-mail"));
        return new PortalUser(account.id(), account.organisationId(), account.displayName(), account.email(),
                account.passwordHash(), account.enabled(), account.locked(),
                AuthorityUtils.createAuthorityList("ROLE_" + account.role().name()));
    }
}
