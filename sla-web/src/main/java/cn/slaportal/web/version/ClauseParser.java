package cn.slaportal.web.version;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the Markdown text of an SLA version into its clauses. Every {@code ##}, {@code ###} or
 * {@code ####} heading starts with its clause number (content/README.md); the number is the clause's
 * identity. A front-matter block, if present, is skipped. Headings inside fenced code blocks are text.
 */
public final class ClauseParser {

    private static final Pattern HEADING = Pattern.compile("^(#{2,4})\\s+(\\d+(?:\\.\\d+)*)\\.?\\s*(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");

    private ClauseParser() {
    }

    public static List<Clause> parse(String markdown) {
        String[] lines = stripFrontMatter(markdown == null ? "" : markdown).split("\\R", -1);
        List<Clause> clauses = new ArrayList<>();
        String number = "";
        String heading = "";
        int level = 0;
        StringBuilder body = new StringBuilder();
        boolean inFence = false;
        for (String line : lines) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            }
            Matcher matcher = inFence ? null : HEADING.matcher(line);
            if (matcher != null && matcher.matches()) {
                addClause(clauses, number, level, heading, body);
                level = matcher.group(1).length();
                number = matcher.group(2);
                heading = matcher.group(3);
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        addClause(clauses, number, level, heading, body);
        return List.copyOf(clauses);
    }

    private static void addClause(List<Clause> clauses, String number, int level, String heading, StringBuilder body) {
        String text = body.toString().strip();
        if (number.isEmpty() && text.isEmpty()) {
            return;
        }
        clauses.add(new Clause(number, level, heading, text));
    }

    static String stripFrontMatter(String markdown) {
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        if (!text.startsWith("---")) {
            return text;
        }
        String[] lines = text.split("\\R", -1);
        if (!lines[0].strip().equals("---")) {
            return text;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return String.join("\n", java.util.Arrays.asList(lines).subList(i + 1, lines.length));
            }
        }
        return text;
    }
}
