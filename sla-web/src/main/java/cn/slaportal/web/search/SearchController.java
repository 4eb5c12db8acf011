package cn.slaportal.web.search;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=}: ranked results over the SLA in force and the FAQ, in the page's language. */
@Controller
class SearchController {

    static final String VIEW = "search/search";
    static final int MAX_HITS = 50;

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String query, Locale locale, Model model) {
        SearchResults results = search.search(query, locale, MAX_HITS);
        model.addAttribute("query", results.query());
        model.addAttribute("results", results);
        return VIEW;
    }
}
