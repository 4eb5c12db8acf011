package cn.slaportal.web.subscription;

import cn.slaportal.web.account.PortalUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /account/subscriptions}: the organisation's terms and renewals, each with its governing SLA version. */
@Controller
class SubscriptionsController {

    static final String VIEW = "subscription/subscriptions";

    private final CustomerSubscriptions subscriptions;

    SubscriptionsController(CustomerSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/account/subscriptions")
    String subscriptions(@AuthenticationPrincipal PortalUser user, Model model) {
        List<TermView> terms = subscriptions.termsOf(user.customerOrganisationId());
        model.addAttribute("terms", terms);
        model.addAttribute("scheduled", subscriptions.scheduled(terms));
        return VIEW;
    }
}
