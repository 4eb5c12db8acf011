package cn.slaportal.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.slaportal.persistence.faq.FaqStore;
import cn.slaportal.web.version.SlaReading;

/** {@code /}: where a visitor starts. */
@Controller
class HomeController {

    static final String VIEW = "home/index";

    private final SlaReading slas;
    private final FaqStore faq;

    HomeController(SlaReading slas, FaqStore faq) {
        this.slas = slas;
        this.faq = faq;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("documents", slas.documents());
        model.addAttribute("categories", faq.categories());
        return VIEW;
    }
}
