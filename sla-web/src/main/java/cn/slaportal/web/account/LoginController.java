package cn.slaportal.web.account;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
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
                 HttpSession session, Model model) {
        if (error != null) {
            model.addAttribute("errorKey", errorKey(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)));
        }
        model.addAttribute("signedOut", logout != null);
        return LOGIN_VIEW;
    }

    private static String errorKey(Object exception) {
        if (exception instanceof LockedException) {
            return "login.error.locked";
        }
        if (exception instanceof DisabledException) {
            return "login.error.disabled";
        }
        return "login.error.bad-credentials";
    }
}
