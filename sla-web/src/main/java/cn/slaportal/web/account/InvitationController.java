package cn.slaportal.web.account;

import cn.slaportal.core.account.InvitationRule;
import cn.slaportal.web.credit.FieldErrors;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /invitation/{token}}: the invited user sets a password through the link of the invitation e-mail. A link
 * the portal never issued answers 404; a used or expired one 410; a refused password 400 (nothing is kept: the
 * fields are passwords). Success leads to the sign-in page.
 */
@Controller
class InvitationController {

    static final String VIEW = "account/invitation";

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitation/{token}")
    ModelAndView form(@PathVariable String token) {
        Optional<InvitationRule.State> state = invitations.state(token);
        ModelAndView page = new ModelAndView(VIEW).addObject("token", token).addObject("errors", new FieldErrors());
        if (state.isEmpty()) {
            page.setStatus(HttpStatus.NOT_FOUND);
            return page.addObject("unusable", "invitation.error.unknown");
        }
        if (state.get() != InvitationRule.State.USABLE) {
            page.setStatus(HttpStatus.GONE);
            return page.addObject("unusable", state.get() == InvitationRule.State.USED
                    ? "invitation.error.used" : "invitation.error.expired");
        }
        return page;
    }

    @PostMapping("/invitation/{token}")
    ModelAndView accept(@PathVariable String token, @RequestParam(required = false) String password,
                        @RequestParam(required = false) String confirmation) {
        InvitationService.Outcome outcome = invitations.accept(token, password, confirmation);
        if (outcome.done()) {
            return new ModelAndView("redirect:/login");
        }
        if (outcome.errors().has("")) {
            return form(token);
        }
        ModelAndView page = new ModelAndView(VIEW).addObject("token", token).addObject("errors", outcome.errors());
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
