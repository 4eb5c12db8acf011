package cn.slaportal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The one accepted Chinese wording of terms that drift, from {@code content/terminology.tsv}: a header line
 * {@code en<TAB>zh-CN<TAB>avoid}, then one term a line with a Java regular expression matching the wordings not to
 * use (e.g. bare 积分 for 服务积分, 帐户 for 账户). The content checks apply it to every zh-CN file; the bundle checks
 * of sla-i18n apply the same file to the zh_CN message bundle.
 */
record Terminology(List<Rule> rules, List<String> problems) {

    static final String HEADER = "en\tzh-CN\tavoid";

    /** One term: its English name, the Chinese wording to use and the pattern of the wordings to avoid. */
    record Rule(String english, String chinese, Pattern avoid) {

        /** Each avoided wording in {@code text}, with its line number. */
        List<String> violations(String text) {
            List<String> found = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher matcher = avoid.matcher(lines[i]);
                while (matcher.find()) {
                    found.add("line " + (i + 1) + ": \"" + matcher.group() + "\" for " + english + "; write \""
                            + chinese + "\"");
                }
            }
            return found;
        }
    }

    static Terminology parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
            problems.add("line 1: the header line must be \"en<TAB>zh-CN<TAB>avoid\"");
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 || columns[0].isBlank() || columns[1].isBlank() || columns[2].isBlank()) {
                problems.add("line " + (i + 1) + ": expected \"English term<TAB>Chinese term<TAB>pattern to avoid\"");
                continue;
            }
            try {
                Pattern avoid = Pattern.compile(columns[2].strip());
                if (avoid.matcher(columns[1].strip()).find()) {
                    problems.add("line " + (i + 1) + ": the pattern to avoid matches the accepted wording itself");
                    continue;
                }
                rules.add(new Rule(columns[0].strip(), columns[1].strip(), avoid));
            } catch (PatternSyntaxException invalid) {
                problems.add("line " + (i + 1) + ": the pattern to avoid is not a regular expression: "
                        + invalid.getDescription());
            }
        }
        return new Terminology(List.copyOf(rules), List.copyOf(problems));
    }
}
