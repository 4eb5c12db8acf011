package cn.slaportal.content.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A content file parsed into what the checks need: its front matter, its outline (headings and the
 * structural blocks of each section, in document order) and its prose (text of paragraphs, headings and
 * table cells, without code, link targets or HTML).
 */
public record MarkdownDocument(
        boolean hasFrontMatter,
        Map<String, String> frontMatter,
        List<Section> sections,
        List<TextBlock> prose) {

    /** Marks a place in the prose where something that is not prose (code, a link) was left out. */
    public static final String GAP = " \u00A6 ";

    private static final Pattern CLAUSE_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?(?=\\s|$)");

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    /** A heading of the body; level 2 for {@code ##}. */
    public record HeadingLine(int level, String text, int line) {

        /** The clause number the heading starts with ("3.2"), or empty when it has none. */
        public String clauseNumber() {
            Matcher m = CLAUSE_NUMBER.matcher(text);
            return m.find() ? m.group(1) : "";
        }

        /** What must be equal in both twins: the level and the clause number, not the words. */
        public String shape() {
            String number = clauseNumber();
            return "#".repeat(level) + (number.isEmpty() ? "" : " " + number);
        }
    }

    /**
     * The blocks under one heading (or before the first heading, then {@code heading} is null), each by its
     * {@link Block shape} (paragraphs inside list items belong to the list).
     */
    public record Section(HeadingLine heading, List<Block> blocks) {

        /** How a finding names the section: "clause 3.2", "section \"Definitions\"" or the text before the first heading. */
        public String label() {
            if (heading == null) {
                return "the text before the first heading";
            }
            String number = heading.clauseNumber();
            return number.isEmpty() ? "section \"" + heading.text() + "\"" : "clause " + number;
        }
    }

    /** The prose of one paragraph, heading or table cell, and the line it starts on. */
    public record TextBlock(int line, String text) {
    }

    public static MarkdownDocument parse(String markdown) {
        Node root = PARSER.parse(markdown);
        YamlFrontMatterVisitor frontMatterVisitor = new YamlFrontMatterVisitor();
        root.accept(frontMatterVisitor);
        Map<String, String> frontMatter = new LinkedHashMap<>();
        frontMatterVisitor.getData().forEach((key, values) ->
                frontMatter.put(key, values.isEmpty() ? "" : String.join("\n", values).strip()));
        boolean hasFrontMatter = markdown.startsWith("---");

        List<Section> sections = new ArrayList<>();
        sections.add(new Section(null, new ArrayList<>()));
        List<TextBlock> prose = new ArrayList<>();
        walk(root, false, sections, prose);
        List<Section> frozen = sections.stream()
                .map(section -> new Section(section.heading(), List.copyOf(section.blocks()))).toList();
        return new MarkdownDocument(hasFrontMatter, frontMatter, frozen, List.copyOf(prose));
    }

    public List<HeadingLine> headings() {
        return sections.stream().map(Section::heading).filter(h -> h != null).toList();
    }

    private static void walk(Node node, boolean inList, List<Section> sections, List<TextBlock> prose) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            List<Block> blocks = sections.get(sections.size() - 1).blocks();
            if (child instanceof Heading heading) {
                String text = inlineText(heading).strip();
                HeadingLine line = new HeadingLine(heading.getLevel(), text, lineOf(heading));
                sections.add(new Section(line, new ArrayList<>()));
                prose.add(new TextBlock(line.line(), text));
            } else if (child instanceof TableBlock table) {
                blocks.add(describeTable(table));
                collectCells(table, prose);
            } else if (child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock) {
                blocks.add(Block.CODE);
            } else if (child instanceof OrderedList list) {
                blocks.add(Block.numberedList(countItems(list)));
                walk(list, true, sections, prose);
            } else if (child instanceof BulletList list) {
                blocks.add(Block.bulletedList(countItems(list)));
                walk(list, true, sections, prose);
            } else if (child instanceof Paragraph paragraph) {
                if (!inList) {
                    blocks.add(Block.PARAGRAPH);
                }
                prose.add(new TextBlock(lineOf(paragraph), inlineText(paragraph)));
            } else if (child instanceof HtmlBlock) {
                blocks.add(Block.HTML);
            } else {
                walk(child, inList, sections, prose);
            }
        }
    }

    private static int countItems(Node list) {
        int items = 0;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                items++;
            }
        }
        return items;
    }

    private static Block describeTable(TableBlock table) {
        List<TableRow> rows = new ArrayList<>();
        collectRows(table, rows);
        int columns = rows.isEmpty() ? 0 : countCells(rows.get(0));
        return Block.table(rows.size(), columns);
    }

    private static void collectRows(Node node, List<TableRow> rows) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow row) {
                rows.add(row);
            } else {
                collectRows(child, rows);
            }
        }
    }

    private static int countCells(TableRow row) {
        int cells = 0;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells++;
            }
        }
        return cells;
    }

    private static void collectCells(TableBlock table, List<TextBlock> prose) {
        List<TableRow> rows = new ArrayList<>();
        collectRows(table, rows);
        for (TableRow row : rows) {
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                prose.add(new TextBlock(lineOf(table), inlineText(cell)));
            }
        }
    }

    private static String inlineText(Node node) {
        StringBuilder text = new StringBuilder();
        appendInline(node, text);
        return text.toString();
    }

    private static void appendInline(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else if (child instanceof Code || child instanceof Link || child instanceof Image
                    || child instanceof HtmlInline) {
                text.append(GAP);
            } else {
                appendInline(child, text);
            }
        }
    }

    private static int lineOf(Node node) {
        Node n = node;
        while (n != null && n.getSourceSpans().isEmpty()) {
            n = n.getParent();
        }
        return n == null ? 0 : n.getSourceSpans().get(0).getLineIndex() + 1;
    }
}
