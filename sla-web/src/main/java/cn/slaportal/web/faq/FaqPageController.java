package cn.slaportal.web.faq;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.slaportal.persistence.faq.FaqCategory;
import cn.slaportal.web.published.ContentTimeline;
import cn.slaportal.web.published.PublishedContent;
import cn.slaportal.web.error.PageNotFoundException;
import cn.slaportal.web.rendering.RenderedContentCache;

/**
 * {@code /faq}: the categories; {@code /faq/{category}}: its questions with answers, or a helpful empty page. Both
 * read the FAQ as published, in memory ({@link ContentTimeline}).
 */
@Controller
class FaqPageController {

    static final String INDEX_VIEW = "faq/index";
    static final String CATEGORY_VIEW = "faq/category";
    static final String UNKNOWN_CATEGORY = "faq.notfound.category";

    private final ContentTimeline timeline;
    private final RenderedContentCache rendered;

    FaqPageController(ContentTimeline timeline, RenderedContentCache rendered) {
        this.timeline = timeline;
        this.rendered = rendered;
    }

    @GetMapping("/faq")
    String index(Model model) {
        model.addAttribute("categories", timeline.current().faqCategories());
        return INDEX_VIEW;
    }

    @GetMapping("/faq/{category:[a-z0-9][a-z0-9-]{0,63}}")
    String category(@PathVariable String category, Locale locale, Model model) {
        PublishedContent faq = timeline.current();
        FaqCategory shown = faq.faqCategory(category)
                .orElseThrow(() -> new PageNotFoundException(UNKNOWN_CATEGORY, category));
        List<FaqAnswer> answers = faq.faqEntries(category).stream()
                .map(entry -> new FaqAnswer(entry.slug(), entry.content().title().in(locale),
                        rendered.text(entry.content().body().in(locale), entry.slug()), entry.content().updatedOn()))
                .toList();
        model.addAttribute("category", shown);
        model.addAttribute("answers", answers);
        model.addAttribute("others", faq.faqCategories().stream().filter(c -> !c.slug().equals(category)).toList());
        return CATEGORY_VIEW;
    }
}
