package cn.slaportal.web.version;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Compares two version texts clause by clause, aligned by clause number (content/README.md). Inside a
 * changed clause, Chinese text is compared character by character and English text word by word.
 */
@Service
public class ClauseDiffService {

    private static final Pattern ENGLISH_TOKENS = Pattern.compile(
            "\\s+|\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{N}]+(?:['’]\\p{L}+)*|.", Pattern.DOTALL);
    private static final Pattern CHINESE_TOKENS = Pattern.compile("\\s+|[0-9]+(?:\\.[0-9]+)*|[A-Za-z0-9]+|.", Pattern.DOTALL);

    public VersionDiff diff(String fromMarkdown, String toMarkdown, Locale language, DiffMarkers markers) {
        Map<String, Clause> from = byNumber(ClauseParser.parse(fromMarkdown));
        Map<String, Clause> to = byNumber(ClauseParser.parse(toMarkdown));
        TreeSet<String> numbers = new TreeSet<>(CLAUSE_ORDER);
        numbers.addAll(from.keySet());
        numbers.addAll(to.keySet());
        Pattern tokens = isChinese(language) ? CHINESE_TOKENS : ENGLISH_TOKENS;
        List<ClauseDiff> result = new ArrayList<>();
        for (String number : numbers) {
            Clause before = from.get(number);
            Clause after = to.get(number);
            if (before == null) {
                result.add(new ClauseDiff(number, after.level(), ClauseChange.ADDED,
                        wrap(after.heading(), "ins", markers), wrap(after.body(), "ins", markers)));
            } else if (after == null) {
                result.add(new ClauseDiff(number, before.level(), ClauseChange.REMOVED,
                        wrap(before.heading(), "del", markers), wrap(before.body(), "del", markers)));
            } else if (before.heading().equals(after.heading()) && before.body().equals(after.body())) {
                result.add(new ClauseDiff(number, after.level(), ClauseChange.UNCHANGED,
                        HtmlUtils.htmlEscape(after.heading()), HtmlUtils.htmlEscape(after.body())));
            } else {
                result.add(new ClauseDiff(number, after.level(), ClauseChange.CHANGED,
                        inline(before.heading(), after.heading(), tokens, markers),
                        inline(before.body(), after.body(), tokens, markers)));
            }
        }
        return new VersionDiff(result);
    }

    /**
     * Two texts compared as one passage (an FAQ answer, a title), as HTML with {@code <ins>} and {@code <del>}: Chinese
     * character by character, English word by word, as inside a changed clause.
     */
    public String passageDiff(String before, String after, Locale language, DiffMarkers markers) {
        return inline(before, after, isChinese(language) ? CHINESE_TOKENS : ENGLISH_TOKENS, markers);
    }

    static boolean isChinese(Locale language) {
        return language != null && "zh".equals(language.getLanguage());
    }

    /** Orders clause numbers as a reader does: preamble first, then 1, 1.1, 1.2, 2, 10. */
    static final Comparator<String> CLAUSE_ORDER = (left, right) -> {
        if (left.isEmpty() || right.isEmpty()) {
            return Boolean.compare(!left.isEmpty(), !right.isEmpty());
        }
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int compared = Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.length, b.length);
    };

    private static Map<String, Clause> byNumber(List<Clause> clauses) {
        Map<String, Clause> map = new LinkedHashMap<>();
        for (Clause clause : clauses) {
            map.putIfAbsent(clause.number(), clause);
        }
        return map;
    }

    static List<String> tokens(String text, Pattern pattern) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String inline(String before, String after, Pattern pattern, DiffMarkers markers) {
        List<String> source = tokens(before, pattern);
        List<String> target = tokens(after, pattern);
        Patch<String> patch = DiffUtils.diff(source, target);
        StringBuilder html = new StringBuilder();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            appendEscaped(html, source.subList(position, start));
            if (!delta.getSource().getLines().isEmpty()) {
                html.append(wrap(String.join("", delta.getSource().getLines()), "del", markers));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                html.append(wrap(String.join("", delta.getTarget().getLines()), "ins", markers));
            }
            position = start + delta.getSource().size();
        }
        appendEscaped(html, source.subList(position, source.size()));
        return html.toString();
    }

    private static void appendEscaped(StringBuilder html, List<String> tokens) {
        for (String token : tokens) {
            html.append(HtmlUtils.htmlEscape(token));
        }
    }

    private static String wrap(String text, String element, DiffMarkers markers) {
        Objects.requireNonNull(markers, "markers");
        if (text.isEmpty()) {
            return "";
        }
        boolean inserted = element.equals("ins");
        String start = inserted ? markers.insertedStart() : markers.deletedStart();
        String end = inserted ? markers.insertedEnd() : markers.deletedEnd();
        return "<" + element + "><span class=\"diff-marker\">" + HtmlUtils.htmlEscape(start) + "</span>"
                + HtmlUtils.htmlEscape(text)
                + "<span class=\"diff-marker\">" + HtmlUtils.htmlEscape(end) + "</span></" + element + ">";
    }
}
