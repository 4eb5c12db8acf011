package cn.slaportal.web.rendering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders one Markdown text (a front-matter block, if present, is skipped) to HTML.
 * <ul>
 * <li>A heading that starts with a clause number gets the anchor of that number ({@code id="clause-3-2"});
 * other headings get {@code section-N}. An ordered list that follows a numbered heading directly at the
 * top level holds that clause's sub-clauses: its items get {@code clause-3-2-1}, {@code clause-3-2-2}, ...</li>
 * <li>Raw HTML in the source is escaped and unsafe link schemes are removed, so the output may be inserted
 * into a page unescaped.</li>
 * <li>Tables carry the class {@code data-table} and sit in a {@code table-scroll} box; external links carry
 * {@code rel="noopener"}.</li>
 * </ul>
 * Thread-safe: the parser and the renderer are immutable.
 */
@Component
public class MarkdownRenderer {

    private final Parser parser;
    private final List<Extension> extensions = List.of(TablesExtension.create(), YamlFrontMatterExtension.create());

    public MarkdownRenderer() {
        this.parser = Parser.builder().extensions(extensions).build();
    }

    public RenderedMarkdown render(String markdown) {
        return render(markdown, "");
    }

    /**
     * Renders a text that shares its page with others (an FAQ answer): headings without a clause number get
     * {@code {scope}-section-N}, so anchors stay unique on the page. Clause anchors are unchanged.
     */
    public RenderedMarkdown render(String markdown, String scope) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        AnchorCollector anchors = new AnchorCollector(scope == null || scope.isBlank() ? "section-" : scope + "-section-");
        document.accept(anchors);
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> new PortalAttributes(anchors.ids))
                .build();
        return new RenderedMarkdown(scrollableTables(renderer.render(document)), anchors.toc);
    }

    /**
     * Puts every table in a horizontally scrolling box, so a wide table never widens the page on a phone. Raw HTML
     * in the source is escaped, so every {@code <table>} here is one the renderer wrote.
     */
    private static String scrollableTables(String html) {
        return html.replace("<table class=\"data-table\">", "<div class=\"table-scroll\"><table class=\"data-table\">")
                .replace("</table>", "</table></div>");
    }

    /** The plain text of a node and its descendants (inline code included, line breaks as spaces). */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text textNode) {
                text.append(textNode.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                text.append(' ');
            }
        });
        return text.toString().strip();
    }

    private static final class AnchorCollector extends AbstractVisitor {

        private final Map<Node, String> ids = new HashMap<>();
        private final Set<String> used = new HashSet<>();
        private final List<TocEntry> toc = new ArrayList<>();
        private final String sectionPrefix;
        private String currentClause;
        private int unnumbered;

        private AnchorCollector(String sectionPrefix) {
            this.sectionPrefix = sectionPrefix;
        }

        @Override
        public void visit(Heading heading) {
            String text = plainText(heading);
            Optional<ClauseAnchors.NumberedHeading> numbered = ClauseAnchors.parse(text);
            String anchor;
            if (numbered.isPresent() && used.add(ClauseAnchors.anchor(numbered.get().clause()))) {
                currentClause = numbered.get().clause();
                anchor = ClauseAnchors.anchor(currentClause);
                toc.add(new TocEntry(heading.getLevel(), currentClause, numbered.get().title(), anchor));
            } else {
                currentClause = null;
                anchor = nextSectionAnchor();
                toc.add(new TocEntry(heading.getLevel(), "", text.isEmpty() ? anchor : text, anchor));
            }
            ids.put(heading, anchor);
        }

        @Override
        public void visit(OrderedList list) {
            if (currentClause != null && list.getParent() instanceof Document) {
                Integer start = list.getMarkerStartNumber();
                int number = start == null ? 1 : start;
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem) {
                        String anchor = ClauseAnchors.anchor(currentClause + "." + number);
                        if (used.add(anchor)) {
                            ids.put(item, anchor);
                        }
                        number++;
                    }
                }
            }
            visitChildren(list);
        }

        private String nextSectionAnchor() {
            String anchor;
            do {
                unnumbered++;
                anchor = sectionPrefix + unnumbered;
            } while (!used.add(anchor));
            return anchor;
        }
    }

    private record PortalAttributes(Map<Node, String> ids) implements AttributeProvider {

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            String id = ids.get(node);
            if (id != null) {
                attributes.put("id", id);
            }
            if (node instanceof TableBlock) {
                attributes.put("class", "data-table");
            }
            if (node instanceof Link link && link.getDestination() != null
                    && link.getDestination().matches("(?i)^https?://.*")) {
                attributes.put("rel", "noopener");
            }
        }
    }
}
