package cn.slaportal.web.notice;

import cn.slaportal.web.account.PortalUser;
import cn.slaportal.web.error.PageNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** {@code /account/notices}: the SLA change notices addressed to the customer's organisation. */
@Controller
class NoticesController {

    static final String VIEW = "notice/notices";

    private final CustomerNotices notices;

    NoticesController(CustomerNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/account/notices")
    String notices(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("notices", notices.noticesFor(user.customerOrganisationId(), user.userId()));
        return VIEW;
    }

    @PostMapping("/account/notices/{id}/read")
    String markRead(@AuthenticationPrincipal PortalUser user, @PathVariable String id) {
        notices.markRead(user.customerOrganisationId(), user.userId(), noticeId(id));
        return "redirect:/account/notices#notice-" + noticeId(id);
    }

    private static long noticeId(String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new PageNotFoundException("notice.error.not-found", id);
        }
        return Long.parseLong(id);
    }
}
