package cn.slaportal.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fixed term pairs of {@code content/glossary.tsv}: a header line {@code en<TAB>zh-CN}, then one pair a line.
 * A term is "used" by an English text when it occurs as whole words, case-sensitively (the SLA's defined terms are
 * capitalised), optionally with a plural "s"/"es"; its Chinese twin must then contain the Chinese term.
 */
record Glossary(List<Term> terms, List<String> problems) {

    static final String HEADER = "en\tzh-CN";

    record Term(String english, String chinese) {

        boolean usedIn(String englishText) {
            return Pattern.compile("(?<![A-Za-z])" + Pattern.quote(english) + "(?:s|es)?(?![A-Za-z])")
                    .matcher(englishText).find();
        }
    }

    static Glossary parse(List<String> lines) {
        List<Term> terms = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            problems.add("line 1: the header line must be \"en<TAB>zh-CN\"");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
                problems.add("line " + (i + 1) + ": expected \"English term<TAB>Chinese term\", got \"" + line + "\"");
                continue;
            }
            String english = columns[0].strip();
            if (!seen.add(english)) {
                problems.add("line " + (i + 1) + ": \"" + english + "\" is listed twice");
                continue;
            }
            terms.add(new Term(english, columns[1].strip()));
        }
        return new Glossary(List.copyOf(terms), List.copyOf(problems));
    }
}
