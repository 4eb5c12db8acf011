package cn.slaportal.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** {@code /admin}: the administrator's start page. */
@Controller
class AdminHomeController {

    static final String VIEW = "admin/home";

    private final AdminStartPage start;

    AdminHomeController(AdminStartPage start) {
        this.start = start;
    }

    @GetMapping("/admin")
    ModelAndView home() {
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("awaiting", start.awaitingDecision());
        page.addObject("failed", start.failedDeliveries());
        page.addObject("drafts", start.draftsAwaitingReview());
        page.addObject("mailConfigured", start.mailConfigured());
        return page;
    }
}
