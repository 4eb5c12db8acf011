package cn.slaportal.web.version;

import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.web.error.PageNotFoundException;
import cn.slaportal.web.rendering.RenderedContentCache;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /sla/{document}/versions/{n}/bilingual}: one version side by side, English | Chinese, clause by
 * clause, aligned by clause number (content/README.md). Clause bodies are rendered by the portal's Markdown
 * renderer (raw HTML escaped).
 */
@Controller
class BilingualController {

    static final String VIEW = "diff/bilingual";

    private final SlaReading reading;
    private final RenderedContentCache rendering;

    BilingualController(SlaReading reading, RenderedContentCache rendering) {
        this.reading = reading;
        this.rendering = rendering;
    }

    /** One aligned clause; a side is empty ("") when that language lacks the clause. */
    public record Row(String number, int level, String anchor, String headingEn, String headingZh, String htmlEn,
            String htmlZh) {
    }

    @GetMapping("/sla/{document:[a-z0-9][a-z0-9-]{0,63}}/versions/{number:\\d{1,9}}/bilingual")
    ModelAndView bilingual(@PathVariable String document, @PathVariable int number) {
        SlaVersionRecord version = reading.published().version(document, number)
                .orElseThrow(() -> new PageNotFoundException("diff.bilingual.not-found", document, number));
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("document", document);
        page.addObject("version", version.summary());
        page.addObject("rows", rows(version.body().en(), version.body().zhCn()));
        return page;
    }

    private List<Row> rows(String english, String chinese) {
        Map<String, Clause> en = byNumber(english);
        Map<String, Clause> zh = byNumber(chinese);
        TreeSet<String> numbers = new TreeSet<>(ClauseDiffService.CLAUSE_ORDER);
        numbers.addAll(en.keySet());
        numbers.addAll(zh.keySet());
        List<Row> rows = new ArrayList<>();
        for (String number : numbers) {
            Clause left = en.get(number);
            Clause right = zh.get(number);
            int level = left != null ? left.level() : right.level();
            rows.add(new Row(number, level, number.isEmpty() ? "preamble" : Clause.anchorOf(number),
                    left == null ? "" : left.heading(), right == null ? "" : right.heading(),
                    left == null ? "" : rendering.text(left.body()).html(),
                    right == null ? "" : rendering.text(right.body()).html()));
        }
        return rows;
    }

    private static Map<String, Clause> byNumber(String markdown) {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        for (Clause clause : ClauseParser.parse(markdown)) {
            clauses.putIfAbsent(clause.number(), clause);
        }
        return clauses;
    }
}
