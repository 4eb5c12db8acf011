package cn.slaportal.content.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The structure checks of SLA texts, one implementation for the content build (on the files of {@code content/})
 * and for the portal's drafts (on the two texts typed in the administration): every heading carries its clause
 * number in sequence ({@link #clauseNumbers}), and the two languages have the same headings and, under each
 * heading, the same paragraphs, tables (rows × columns), lists (item counts) and code blocks in the same order
 * ({@link #compare}). Pure: no I/O, no framework.
 */
public final class TwinStructure {

    private TwinStructure() {
    }

    /** Both checks on two Markdown texts (front matter allowed): English clause numbers, Chinese ones, the twins. */
    public static Result check(String english, String chinese) {
        MarkdownDocument en = MarkdownDocument.parse(english);
        MarkdownDocument zh = MarkdownDocument.parse(chinese);
        return new Result(clauseNumbers(en), clauseNumbers(zh), compare(en, zh));
    }

    /** The findings of {@link #check}: per language on its own, and of the two compared. */
    public record Result(List<StructureFinding> english, List<StructureFinding> chinese,
                         List<StructureFinding> twins) {

        public Result {
            english = List.copyOf(english);
            chinese = List.copyOf(chinese);
            twins = List.copyOf(twins);
        }

        public boolean isEmpty() {
            return english.isEmpty() && chinese.isEmpty() && twins.isEmpty();
        }
    }

    /** Every heading is {@code ##}, {@code ###} or {@code ####} with a clause number of as many parts, in sequence. */
    public static List<StructureFinding> clauseNumbers(MarkdownDocument document) {
        List<StructureFinding> findings = new ArrayList<>();
        List<MarkdownDocument.HeadingLine> headings = document.headings();
        if (headings.isEmpty()) {
            findings.add(new StructureFinding(StructureFinding.Problem.NO_HEADINGS, List.of(),
                    "an SLA version needs numbered clause headings (## 1. ...)"));
        }
        int[] counters = new int[5];
        Set<String> seen = new HashSet<>();
        for (MarkdownDocument.HeadingLine heading : headings) {
            String where = "line " + heading.line() + ": heading \"" + heading.text() + "\" ";
            int level = heading.level();
            if (level < 2 || level > 4) {
                findings.add(new StructureFinding(StructureFinding.Problem.HEADING_LEVEL,
                        List.of(heading.line(), heading.text(), level), where + "is level " + level
                        + "; clause headings are ##, ### or #### (the title belongs in the front matter)"));
                continue;
            }
            String number = heading.clauseNumber();
            if (number.isEmpty()) {
                findings.add(new StructureFinding(StructureFinding.Problem.NO_CLAUSE_NUMBER,
                        List.of(heading.line(), heading.text()), where + "has no clause number"));
                continue;
            }
            String[] parts = number.split("\\.");
            if (parts.length != level - 1) {
                findings.add(new StructureFinding(StructureFinding.Problem.CLAUSE_PARTS,
                        List.of(heading.line(), heading.text(), level, number, parts.length, level - 1),
                        where + "is level " + level + " but its clause number " + number + " has " + parts.length
                                + " part(s); expected " + (level - 1)));
                continue;
            }
            counters[level]++;
            for (int deeper = level + 1; deeper < counters.length; deeper++) {
                counters[deeper] = 0;
            }
            StringBuilder expected = new StringBuilder();
            for (int l = 2; l <= level; l++) {
                expected.append(l == 2 ? "" : ".").append(counters[l]);
            }
            if (!seen.add(number)) {
                findings.add(new StructureFinding(StructureFinding.Problem.CLAUSE_REPEATED,
                        List.of(heading.line(), heading.text(), number), where + "repeats clause number " + number));
            } else if (!expected.toString().equals(number)) {
                findings.add(new StructureFinding(StructureFinding.Problem.CLAUSE_SEQUENCE,
                        List.of(heading.line(), heading.text(), expected.toString()),
                        where + "is out of sequence: expected clause " + expected));
            }
            for (int l = 2; l <= level; l++) {
                counters[l] = Integer.parseInt(parts[l - 2]);
            }
        }
        return findings;
    }

    /**
     * The two languages' structure: first the headings (one finding at the first difference, and nothing more, since
     * the sections cannot be paired then), else one finding per section whose blocks differ.
     */
    public static List<StructureFinding> compare(MarkdownDocument en, MarkdownDocument zh) {
        List<String> enHeadings = en.headings().stream().map(MarkdownDocument.HeadingLine::shape).toList();
        List<String> zhHeadings = zh.headings().stream().map(MarkdownDocument.HeadingLine::shape).toList();
        if (!enHeadings.equals(zhHeadings)) {
            int i = 0;
            while (i < enHeadings.size() && i < zhHeadings.size() && enHeadings.get(i).equals(zhHeadings.get(i))) {
                i++;
            }
            String enShape = i < enHeadings.size() ? enHeadings.get(i) : "";
            String zhShape = i < zhHeadings.size() ? zhHeadings.get(i) : "";
            String enAt = enShape.isEmpty() ? "no further heading" : "\"" + enShape + "\"";
            String zhAt = zhShape.isEmpty() ? "no further heading" : "\"" + zhShape + "\"";
            return List.of(new StructureFinding(StructureFinding.Problem.HEADINGS_DIFFER,
                    List.of(i + 1, enHeadings.size(), zhHeadings.size(), enShape, zhShape),
                    "structure differs from the en twin: headings differ at heading " + (i + 1) + " (en "
                            + enHeadings.size() + " headings, zh-CN " + zhHeadings.size() + "): en has " + enAt
                            + ", zh-CN has " + zhAt));
        }
        List<StructureFinding> findings = new ArrayList<>();
        List<MarkdownDocument.Section> enSections = en.sections();
        List<MarkdownDocument.Section> zhSections = zh.sections();
        for (int s = 0; s < enSections.size(); s++) {
            List<Block> enBlocks = enSections.get(s).blocks();
            List<Block> zhBlocks = zhSections.get(s).blocks();
            if (enBlocks.equals(zhBlocks)) {
                continue;
            }
            int i = 0;
            while (i < enBlocks.size() && i < zhBlocks.size() && enBlocks.get(i).equals(zhBlocks.get(i))) {
                i++;
            }
            MarkdownDocument.Section section = zhSections.get(s);
            String name = section.heading() == null ? ""
                    : section.heading().clauseNumber().isEmpty() ? section.heading().text()
                    : section.heading().clauseNumber();
            findings.add(new StructureFinding(StructureFinding.Problem.BLOCKS_DIFFER,
                    List.of(name, i + 1, enBlocks.size(), zhBlocks.size(), at(enBlocks, i), at(zhBlocks, i)),
                    "structure differs from the en twin in " + section.label() + ": en has " + describe(enBlocks)
                            + ", zh-CN has " + describe(zhBlocks)));
        }
        return findings;
    }

    private static Optional<Block> at(List<Block> blocks, int index) {
        return index < blocks.size() ? Optional.of(blocks.get(index)) : Optional.empty();
    }

    /** The blocks of a section, repeats collapsed: [paragraph ×2, numbered list of 5 items, code block]. */
    private static String describe(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return "nothing but the heading";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < blocks.size(); ) {
            int j = i;
            while (j < blocks.size() && blocks.get(j).equals(blocks.get(i))) {
                j++;
            }
            parts.add(blocks.get(i) + (j - i > 1 ? " ×" + (j - i) : ""));
            i = j;
        }
        return "[" + String.join(", ", parts) + "]";
    }
}
