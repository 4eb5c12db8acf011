package cn.slaportal.content.structure;

import java.util.List;

/**
 * One way in which an SLA text's clause headings are malformed, or in which its two languages differ in structure:
 * the {@link Problem}, its arguments (listed on each problem, in order) and the English sentence the content build
 * prints. Callers that speak to people in their language (the portal's draft checks) build their message from the
 * problem and its arguments.
 */
public record StructureFinding(Problem problem, List<Object> arguments, String english) {

    public StructureFinding {
        arguments = List.copyOf(arguments);
    }

    /** What is wrong; the arguments of each are listed in order. */
    public enum Problem {
        /** The text has no heading at all. No arguments. */
        NO_HEADINGS,
        /** A {@code #} or deeper than {@code ####} heading: line, heading text, level. */
        HEADING_LEVEL,
        /** A heading without a clause number: line, heading text. */
        NO_CLAUSE_NUMBER,
        /** The number's parts do not fit the level: line, heading text, level, number, its parts, expected parts. */
        CLAUSE_PARTS,
        /** A clause number used twice: line, heading text, number. */
        CLAUSE_REPEATED,
        /** A gap or step back in the numbering: line, heading text, the expected number. */
        CLAUSE_SEQUENCE,
        /**
         * The headings (levels and clause numbers) differ: the 1-based position of the first difference, the number
         * of headings in English, in Chinese, the English heading's shape there ({@code "### 2.2"}, or "" when there
         * is none), the Chinese one's.
         */
        HEADINGS_DIFFER,
        /**
         * The blocks under one heading differ: the section (its clause number, else its heading text, "" for the text
         * before the first heading), the 1-based position of the first differing block, the number of blocks in
         * English, in Chinese, the English block there ({@code Optional<Block>}, empty when there is none), the
         * Chinese one.
         */
        BLOCKS_DIFFER
    }
}
