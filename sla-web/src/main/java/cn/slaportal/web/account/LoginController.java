package cn.slaportal.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security's form login handles the POST to {@code /login}. */
@Controller
class LoginController {

    static final String LOGIN_VIEW = "account/login";

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 Model model) {
        if (error != null) {
            model.addAttribute("errorKey", SignInFailureHandler.DISABLED.equals(error) ? "login.error.disabled"
                    : "login.error.bad-credentials");
        }
        model.addAttribute("signedOut", logout != null);
        return LOGIN_VIEW;
    }
}
