package cn.slaportal.content;

import cn.slaportal.core.catalog.InvalidRuleSet;
import cn.slaportal.core.catalog.RuleSet;
import cn.slaportal.core.catalog.RuleSetFormat;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.claim.DeadlineRule;
import cn.slaportal.core.credit.CreditTier;
import cn.slaportal.core.exclusion.Exclusion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Text and rules cannot disagree (issue 9 item 4): every SLA version {@code sla/{document}/v{n}} has a rule set
 * {@code v{n}.rules} that sla-core reads without error and that names the folder's document, and in both
 * languages its text says what the rule set says:
 * <ul>
 * <li>the tiers clause of each service level holds a credit table whose rows ({@code < 99.9% | 10%}) are exactly
 * the level's tiers;</li>
 * <li>the claims clause states each level's claim deadline in the words of {@link #deadlinePhrases};</li>
 * <li>the clause of each exclusion exists: its parent clause has a numbered list with that item.</li>
 * </ul>
 * Each finding names the file and the clause.
 */
final class RuleSetTextCheck {

    private static final Pattern VERSION_FILE = Pattern.compile("v([1-9]\\d*)\\.en\\.md");
    private static final Pattern CLAUSE = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?(?=\\s|$)");
    private static final Pattern TIER_THRESHOLD = Pattern.compile("<\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%");
    private static final Pattern TIER_CREDIT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*%");
    private static final String[] ENGLISH_NUMBERS = {"", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve"};
    private static final String[] CHINESE_NUMBERS = {"", "一个", "两个", "三个", "四个", "五个", "六个", "七个",
            "八个", "九个", "十个", "十一个", "十二个"};
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create())).build();

    private final Path root;

    RuleSetTextCheck(Path root) {
        this.root = root;
    }

    /** A clause of a text: its prose, its credit tables (rows of threshold and credit) and its numbered lists. */
    private record Clause(StringBuilder text, List<List<String>> tables, List<Integer> numberedLists) {
    }

    List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        Path sla = root.resolve("sla");
        if (!Files.isDirectory(sla)) {
            return findings;
        }
        try (Stream<Path> walk = Files.walk(sla)) {
            for (Path english : walk.filter(Files::isRegularFile).sorted().toList()) {
                Matcher m = VERSION_FILE.matcher(english.getFileName().toString());
                if (m.matches()) {
                    checkVersion(english.getParent(), "v" + m.group(1), findings);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    private void checkVersion(Path folder, String version, List<Finding> findings) {
        String document = folder.getFileName().toString();
        Path rulesFile = folder.resolve(version + ".rules");
        String where = root.relativize(rulesFile).toString().replace('\\', '/');
        if (!Files.isRegularFile(rulesFile)) {
            findings.add(new Finding(where, "missing: every SLA version carries its rule set"));
            return;
        }
        RuleSet rules;
        try {
            rules = RuleSetFormat.parse(read(rulesFile));
        } catch (InvalidRuleSet invalid) {
            findings.add(new Finding(where, "line " + invalid.line() + ": " + invalid.code() + " " + invalid.arguments()));
            return;
        }
        if (!rules.document().slug().equals(document)) {
            findings.add(new Finding(where, "document \"" + rules.document().slug() + "\" is not the folder's \""
                    + document + "\""));
        }
        for (Language language : Language.values()) {
            Path text = folder.resolve(version + language.suffix());
            if (Files.isRegularFile(text)) {
                checkText(root.relativize(text).toString().replace('\\', '/'), clauses(read(text)), rules, language,
                        findings);
            }
        }
    }

    private static void checkText(String file, Map<String, Clause> clauses, RuleSet rules, Language language,
            List<Finding> findings) {
        for (ServiceLevel level : rules.levels()) {
            String number = level.tiersClause().value();
            Clause clause = clauses.get(number);
            List<String> expected = level.creditSchedule().tiers().stream().map(RuleSetTextCheck::row).toList();
            if (clause == null) {
                findings.add(new Finding(file, "clause " + number + " (credit table of " + level.slug()
                        + ") does not exist"));
            } else if (!clause.tables().contains(expected)) {
                findings.add(new Finding(file, "clause " + number + " has no credit table equal to the rule set of "
                        + level.slug() + " " + expected + " (found " + clause.tables() + ")"));
            }
        }
        String claims = claimsText(clauses, rules.claimsClause().value());
        if (claims == null) {
            findings.add(new Finding(file, "claims clause " + rules.claimsClause() + " does not exist"));
        } else {
            rules.levels().stream().map(ServiceLevel::deadlineRule).distinct().forEach(rule -> {
                String phrase = deadlinePhrases(rule).get(language);
                if (!claims.contains(phrase)) {
                    findings.add(new Finding(file, "claims clause " + rules.claimsClause() + " does not state the"
                            + " deadline of the rule set (" + rule + "): expected \"" + phrase + "\""));
                }
            });
        }
        for (Exclusion exclusion : rules.exclusions()) {
            String number = exclusion.clause().value();
            int dot = number.lastIndexOf('.');
            Clause parent = dot < 0 ? null : clauses.get(number.substring(0, dot));
            int item = Integer.parseInt(number.substring(dot + 1));
            if (parent == null || parent.numberedLists().isEmpty() || parent.numberedLists().get(0) < item) {
                findings.add(new Finding(file, "clause " + number + " of exclusion " + exclusion.code()
                        + " does not exist"));
            }
        }
    }

    /**
     * How each language states a deadline rule: "within two months of the end of the billing month" /
     * "计费月结束后两个月内"; "by the end of the calendar month following the month" / "下一个日历月月底之前".
     */
    static Map<Language, String> deadlinePhrases(DeadlineRule rule) {
        int n = rule.months();
        String english = n < ENGLISH_NUMBERS.length ? ENGLISH_NUMBERS[n] : Integer.toString(n);
        String chinese = n < CHINESE_NUMBERS.length ? CHINESE_NUMBERS[n] : n + " 个";
        Map<Language, String> phrases = new LinkedHashMap<>();
        if (rule.kind() == DeadlineRule.Kind.BILLING_MONTHS) {
            phrases.put(Language.EN, "within " + english + (n == 1 ? " month" : " months")
                    + " of the end of the billing month");
            phrases.put(Language.ZH_CN, "计费月结束后" + chinese + "月内");
        } else if (n == 1) {
            phrases.put(Language.EN, "by the end of the calendar month following the month");
            phrases.put(Language.ZH_CN, "下一个日历月月底之前");
        } else {
            phrases.put(Language.EN, "by the end of the " + english + " calendar months following the month");
            phrases.put(Language.ZH_CN, "之后" + chinese + "日历月月底之前");
        }
        return phrases;
    }

    private static String row(CreditTier tier) {
        return tier.belowPlain() + "->" + tier.creditPercent().plain();
    }

    /** The text of a clause and every clause below it, or null when it does not exist. */
    private static String claimsText(Map<String, Clause> clauses, String number) {
        if (!clauses.containsKey(number)) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        clauses.forEach((key, clause) -> {
            if (key.equals(number) || key.startsWith(number + ".")) {
                text.append(clause.text()).append('\n');
            }
        });
        return text.toString();
    }

    private static Map<String, Clause> clauses(String markdown) {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        Clause current = null;
        for (Node node = PARSER.parse(markdown).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                Matcher m = CLAUSE.matcher(text(heading).strip());
                current = m.find() ? clauses.computeIfAbsent(m.group(1),
                        key -> new Clause(new StringBuilder(), new ArrayList<>(), new ArrayList<>())) : null;
            } else if (current != null) {
                if (node instanceof TableBlock table) {
                    current.tables().add(tierRows(table));
                } else if (node instanceof OrderedList list) {
                    int items = 0;
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        items++;
                    }
                    current.numberedLists().add(items);
                }
                current.text().append(text(node)).append('\n');
            }
        }
        return clauses;
    }

    /** The body rows of a table read as tiers ("99.9->10"); rows that are not tiers are kept as they read. */
    private static List<String> tierRows(TableBlock table) {
        List<String> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (!(part instanceof TableBody)) {
                continue;
            }
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(text(cell).strip());
                        }
                    }
                    Matcher below = cells.isEmpty() ? null : TIER_THRESHOLD.matcher(cells.get(0));
                    Matcher credit = cells.size() < 2 ? null : TIER_CREDIT.matcher(cells.get(1));
                    rows.add(below != null && below.matches() && credit != null && credit.matches()
                            ? CreditTier.below(below.group(1), credit.group(1)).belowPlain() + "->"
                                    + new java.math.BigDecimal(credit.group(1)).stripTrailingZeros().toPlainString()
                            : String.join(" | ", cells));
                }
            }
        }
        return rows;
    }

    private static String text(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString();
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof Text text) {
            out.append(text.getLiteral());
        } else if (node instanceof Code code) {
            out.append(code.getLiteral());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, out);
        }
        if (node instanceof org.commonmark.node.Paragraph || node instanceof org.commonmark.node.SoftLineBreak) {
            out.append(' ');
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
