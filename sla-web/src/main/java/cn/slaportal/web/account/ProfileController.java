package cn.slaportal.web.account;

import cn.slaportal.i18n.locale.SupportedLanguage;
import cn.slaportal.persistence.account.UserAccount;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /account/profile}: the e-mail language and the password of the signed-in customer. */
@Controller
class ProfileController {

    static final String VIEW = "account/profile";

    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/account/profile")
    String profile(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String saved, Model model) {
        UserAccount account = profiles.account(user.userId());
        model.addAttribute("languageForm", new LanguageForm(emailLanguage(account).tag()));
        model.addAttribute("passwordForm", PasswordForm.empty());
        model.addAttribute("saved", "language".equals(saved) || "password".equals(saved) ? saved : null);
        return show(account, model);
    }

    @PostMapping("/account/profile/language")
    String changeLanguage(@AuthenticationPrincipal PortalUser user, @ModelAttribute LanguageForm languageForm, Model model) {
        try {
            profiles.changeEmailLanguage(user.userId(), languageForm.language());
            return "redirect:/account/profile?saved=language";
        } catch (ProfileRefusal refusal) {
            UserAccount account = profiles.account(user.userId());
            model.addAttribute("languageForm", languageForm);
            model.addAttribute("passwordForm", PasswordForm.empty());
            model.addAttribute("errorField", refusal.field());
            model.addAttribute("errorKey", refusal.messageKey());
            return show(account, model);
        }
    }

    @PostMapping("/account/profile/password")
    String changePassword(@AuthenticationPrincipal PortalUser user, @ModelAttribute PasswordForm passwordForm, Model model) {
        try {
            profiles.changePassword(user.userId(), passwordForm);
            return "redirect:/account/profile?saved=password";
        } catch (ProfileRefusal refusal) {
            UserAccount account = profiles.account(user.userId());
            model.addAttribute("languageForm", new LanguageForm(emailLanguage(account).tag()));
            // Passwords are never written back into a page, not even after a refusal.
            model.addAttribute("passwordForm", PasswordForm.empty());
            model.addAttribute("errorField", refusal.field());
            model.addAttribute("errorKey", refusal.messageKey());
            return show(account, model);
        }
    }

    private String show(UserAccount account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("languages", Arrays.asList(SupportedLanguage.values()));
        model.addAttribute("minimumPasswordLength", ProfileService.MINIMUM_PASSWORD_LENGTH);
        return VIEW;
    }

    /** The language e-mails go out in: the one chosen, else Chinese (SPEC 11). */
    static SupportedLanguage emailLanguage(UserAccount account) {
        return account.preferredLanguage().flatMap(SupportedLanguage::parse).orElse(SupportedLanguage.DEFAULT);
    }
}
