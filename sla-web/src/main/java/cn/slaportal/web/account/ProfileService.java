package cn.slaportal.web.account;

import cn.slaportal.i18n.locale.SupportedLanguage;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.UserAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's own profile: the language of the e-mails they receive, and a password change that needs the
 * current password. Refusals are {@link ProfileRefusal}s naming the field.
 */
@Service
class ProfileService {

    /** The shortest new password accepted. */
    static final int MINIMUM_PASSWORD_LENGTH = 10;
    /** The longest accepted: bcrypt reads at most 72 bytes. */
    static final int MAXIMUM_PASSWORD_LENGTH = 64;

    private final AccountStore accounts;
    private final PasswordEncoder passwords;

    ProfileService(AccountStore accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Transactional
    SupportedLanguage changeEmailLanguage(long userId, String tag) {
        SupportedLanguage language = SupportedLanguage.parse(tag)
                .orElseThrow(() -> new ProfileRefusal("language", "profile.error.language"));
        accounts.setPreferredLanguage(userId, language.tag());
        return language;
    }

    @Transactional
    void changePassword(long userId, PasswordForm form) {
        UserAccount account = accounts.user(userId).orElseThrow(() -> new ProfileRefusal("currentPassword",
                "profile.error.current-password"));
        String current = form.currentPassword() == null ? "" : form.currentPassword();
        String proposed = form.newPassword() == null ? "" : form.newPassword();
        if (current.isEmpty() || !passwords.matches(current, account.passwordHash())) {
            throw new ProfileRefusal("currentPassword", "profile.error.current-password");
        }
        if (proposed.length() < MINIMUM_PASSWORD_LENGTH || proposed.length() > MAXIMUM_PASSWORD_LENGTH) {
            throw new ProfileRefusal("newPassword", "profile.error.password-length");
        }
        if (proposed.equals(current)) {
            throw new ProfileRefusal("newPassword", "profile.error.password-unchanged");
        }
        if (!proposed.equals(form.confirmation())) {
            throw new ProfileRefusal("confirmation", "profile.error.password-confirmation");
        }
        accounts.changePassword(userId, account.rowVersion(), passwords.encode(proposed));
    }

    UserAccount account(long userId) {
        return accounts.user(userId).orElseThrow(() -> new IllegalStateException("signed in without an account"));
    }
}
