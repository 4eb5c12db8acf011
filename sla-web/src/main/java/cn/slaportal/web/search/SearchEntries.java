package cn.slaportal.web.search;

import cn.slaportal.web.version.Clause;
import cn.slaportal.web.version.ClauseParser;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Turns published texts (Markdown) into search entries: one per SLA clause, one per FAQ entry. */
public final class SearchEntries {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    private SearchEntries() {
    }

    /** The clauses of one SLA version text, each linking to its anchor on {@code /sla/{document}}. */
    public static List<SearchEntry> slaClauses(String document, String documentTitle, String language, String markdown) {
        List<SearchEntry> entries = new ArrayList<>();
        for (Clause clause : ClauseParser.parse(markdown)) {
            String text = plainText(clause.body());
            if (clause.preamble()) {
                entries.add(new SearchEntry(SearchKind.SLA_CLAUSE, language, documentTitle, documentTitle, text,
                        "/sla/" + document));
            } else {
                entries.add(new SearchEntry(SearchKind.SLA_CLAUSE, language, clause.number() + " " + clause.heading(),
                        documentTitle, text, "/sla/" + document + "#" + clause.anchor()));
            }
        }
        return entries;
    }

    /** One FAQ entry, linking to its anchor on {@code /faq/{category}}. */
    public static SearchEntry faqEntry(String category, String categoryTitle, String slug, String language,
            String question, String answerMarkdown) {
        return new SearchEntry(SearchKind.FAQ_ENTRY, language, question, categoryTitle, plainText(answerMarkdown),
                "/faq/" + category + "#" + slug);
    }

    static String plainText(String markdown) {
        return TEXT.render(PARSER.parse(markdown)).replaceAll("\\s+", " ").strip();
    }
}
