package cn.slaportal.web.customer;

import cn.slaportal.web.account.PortalUser;
import cn.slaportal.web.claim.ClaimableIncidents;
import cn.slaportal.web.claim.CustomerClaims;
import cn.slaportal.web.claim.ListedClaim;
import cn.slaportal.web.notice.CustomerNotices;
import cn.slaportal.web.notice.NoticeView;
import cn.slaportal.web.subscription.CustomerSubscriptions;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /account}: the customer's start page with claimable incidents, open claims, unread notices and the
 * subscriptions in short.
 */
@Controller
class AccountHomeController {

    static final String VIEW = "account/home";

    private final CustomerNotices notices;
    private final CustomerSubscriptions subscriptions;
    private final CustomerClaims claims;
    private final ClaimableIncidents claimable;

    AccountHomeController(CustomerNotices notices, CustomerSubscriptions subscriptions, CustomerClaims claims,
                          ClaimableIncidents claimable) {
        this.notices = notices;
        this.subscriptions = subscriptions;
        this.claims = claims;
        this.claimable = claimable;
    }

    @GetMapping("/account")
    String home(@AuthenticationPrincipal PortalUser user, Model model) {
        long organisation = user.customerOrganisationId();
        List<NoticeView> unread = notices.noticesFor(organisation, user.userId()).stream().filter(NoticeView::unread).toList();
        List<ListedClaim> open = claims.claimsOf(organisation).stream()
                .filter(listed -> !listed.claim().status().isFinal()).toList();
        model.addAttribute("user", user);
        model.addAttribute("unreadNotices", unread);
        model.addAttribute("openClaims", open);
        model.addAttribute("terms", subscriptions.termsOf(organisation));
        model.addAttribute("claimable", claimable.of(user));
        return VIEW;
    }
}
