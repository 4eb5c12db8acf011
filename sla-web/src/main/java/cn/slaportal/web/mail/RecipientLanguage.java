package cn.slaportal.web.mail;

import cn.slaportal.i18n.locale.SupportedLanguage;
import cn.slaportal.persistence.account.UserAccount;
import java.util.Optional;

/** The language a user's e-mails are written in: the one chosen on the profile, else Chinese (SPEC 11). */
public final class RecipientLanguage {

    private RecipientLanguage() {
    }

    public static SupportedLanguage of(UserAccount account) {
        return of(account.preferredLanguage());
    }

    public static SupportedLanguage of(Optional<String> preferred) {
        return preferred.flatMap(SupportedLanguage::parse).orElse(SupportedLanguage.DEFAULT);
    }
}
