package cn.slaportal.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.slaportal.web.version.SlaReading;

/** {@code /}: where a visitor starts. */
@Controller
class HomeController {

    static final String VIEW = "home/index";

    private final SlaReading slas;

    HomeController(SlaReading slas) {
        this.slas = slas;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("documents", slas.documents());
        // A category without entries (Registration, Billing in the source) is not advertised here; /faq lists it
        // with its count and its page explains that it has no questions yet.
        model.addAttribute("categories", slas.published().faqCategories().stream().filter(category -> category.entryCount() > 0).toList());
        return VIEW;
    }
}
