package cn.slaportal.core.catalog;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.claim.ClaimInformation;
import cn.slaportal.core.claim.DeadlineRule;
import cn.slaportal.core.claim.DecisionPeriod;
import cn.slaportal.core.credit.CreditFrequencyRule;
import cn.slaportal.core.credit.CreditPercent;
import cn.slaportal.core.credit.CreditSchedule;
import cn.slaportal.core.credit.CreditTier;
import cn.slaportal.core.exclusion.Exclusion;
import cn.slaportal.core.uptime.UptimeMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text form of a {@link RuleSet}, as the content files ({@code content/sla/{document}/v{n}.rules}) and the
 * database hold it; content/README.md documents it. Line-based: {@code key: value} lines for the document, then
 * blocks that start with {@code level: <slug>} or {@code exclusion: <code>} and continue with indented
 * {@code key: value} lines; {@code #} starts a comment line. Reading is strict: an unknown, repeated or missing key,
 * an unknown name (uptime method, deadline rule, credit frequency, claim information) or a bad number is an
 * {@link InvalidRuleSet} naming the line. {@link #write} gives the canonical text that {@link #parse} reads back
 * to an equal rule set.
 */
public final class RuleSetFormat {

    private static final Set<String> DOCUMENT_KEYS = Set.of("document", "claims-clause", "claim-information");
    private static final Set<String> LEVEL_KEYS = Set.of("name.en", "name.zh-CN", "uptime-method", "tiers",
            "tiers-clause", "deadline", "decision-period-days", "credit-frequency");
    private static final Set<String> EXCLUSION_KEYS = Set.of("clause", "title.en", "title.zh-CN");

    private RuleSetFormat() {
    }

    /** Reads and validates a rule set. */
    public static RuleSet parse(String text) {
        List<Block> blocks = blocks(text);
        Block head = blocks.get(0);
        SlaDocument document = head.read("document", SlaDocument::new);
        ClauseNumber claimsClause = head.read("claims-clause", ClauseNumber::new);
        List<ClaimInformation> information = head.read("claim-information", value -> list(value).stream()
                .map(item -> named(ClaimInformation.class, item, "rules.error.unknown-claim-information")).toList());
        List<ServiceLevel> levels = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        for (Block block : blocks.subList(1, blocks.size())) {
            if (block.kind.equals("level")) {
                levels.add(level(document, block));
            } else {
                exclusions.add(exclusion(document, block));
            }
        }
        try {
            return new RuleSet(document, claimsClause, information, exclusions, levels);
        } catch (SlaRuleViolation violation) {
            throw new InvalidRuleSet(0, violation);
        }
    }

    /** The canonical text of a rule set. */
    public static String write(RuleSet rules) {
        StringBuilder out = new StringBuilder();
        line(out, "", "document", rules.document().slug());
        line(out, "", "claims-clause", rules.claimsClause().value());
        line(out, "", "claim-information", rules.requiredClaimInformation().stream().map(Enum::name)
                .collect(Collectors.joining(", ")));
        for (ServiceLevel level : rules.levels()) {
            out.append('\n');
            line(out, "", "level", level.slug().value());
            line(out, "  ", "name.en", level.name().en());
            line(out, "  ", "name.zh-CN", level.name().zhCn());
            line(out, "  ", "uptime-method", level.uptimeMethod().name());
            line(out, "  ", "tiers", level.creditSchedule().tiers().stream()
                    .map(tier -> "< " + tier.belowPlain() + " -> " + tier.creditPercent().plain())
                    .collect(Collectors.joining(", ")));
            line(out, "  ", "tiers-clause", level.tiersClause().value());
            line(out, "  ", "deadline", level.deadlineRule().toString());
            level.decisionPeriod().ifPresent(period ->
                    line(out, "  ", "decision-period-days", Integer.toString(period.days())));
            line(out, "  ", "credit-frequency", level.creditFrequencyRule().name());
        }
        for (Exclusion exclusion : rules.exclusions()) {
            out.append('\n');
            line(out, "", "exclusion", exclusion.code());
            line(out, "  ", "clause", exclusion.clause().value());
            line(out, "  ", "title.en", exclusion.title().en());
            line(out, "  ", "title.zh-CN", exclusion.title().zhCn());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String indent, String key, String value) {
        out.append(indent).append(key).append(": ").append(value).append('\n');
    }

    private static ServiceLevel level(SlaDocument document, Block block) {
        ServiceLevelSlug slug = block.at(block.line, () -> new ServiceLevelSlug(block.name));
        LocalizedText name = block.text("name");
        UptimeMethod method = block.read("uptime-method",
                value -> named(UptimeMethod.class, value, "rules.error.unknown-uptime-method"));
        CreditSchedule schedule = block.read("tiers", RuleSetFormat::schedule);
        ClauseNumber clause = block.read("tiers-clause", ClauseNumber::new);
        DeadlineRule deadline = block.read("deadline", RuleSetFormat::deadline);
        Optional<DecisionPeriod> decision = block.optional("decision-period-days",
                value -> new DecisionPeriod(number(value)));
        CreditFrequencyRule frequency = block.read("credit-frequency",
                value -> named(CreditFrequencyRule.class, value, "rules.error.unknown-credit-frequency"));
        return new ServiceLevel(slug, document, name, method, schedule, deadline, decision, frequency, clause);
    }

    private static Exclusion exclusion(SlaDocument document, Block block) {
        if (!block.name.matches("[A-Z0-9]+(-[A-Z0-9]+)*") || block.name.length() > 32) {
            throw new InvalidRuleSet(block.line, "rules.error.exclusion-code", block.name);
        }
        ClauseNumber clause = block.read("clause", ClauseNumber::new);
        return new Exclusion(block.name, document, clause, block.text("title"));
    }

    private static CreditSchedule schedule(String value) {
        List<CreditTier> tiers = new ArrayList<>();
        for (String item : list(value)) {
            String[] parts = item.split("->", -1);
            if (parts.length != 2) {
                throw new SlaRuleViolation("rules.error.tier-syntax", item);
            }
            String threshold = parts[0].trim();
            if (threshold.startsWith("<")) {
                threshold = threshold.substring(1).trim();
            }
            tiers.add(new CreditTier(decimal(threshold), new CreditPercent(decimal(parts[1].trim()))));
        }
        return new CreditSchedule(tiers);
    }

    private static DeadlineRule deadline(String value) {
        String[] parts = value.trim().split("\\s+");
        if (parts.length != 2) {
            throw new SlaRuleViolation("rules.error.unknown-deadline-rule", value);
        }
        DeadlineRule.Kind kind = named(DeadlineRule.Kind.class, parts[0].toUpperCase(Locale.ROOT).replace('-', '_'),
                "rules.error.unknown-deadline-rule");
        return new DeadlineRule(kind, number(parts[1]));
    }

    private static List<String> list(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            if (item.isBlank()) {
                throw new SlaRuleViolation("rules.error.empty-item", value);
            }
            items.add(item.trim());
        }
        return items;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, String code) {
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new SlaRuleViolation(code, value.trim());
        }
    }

    private static int number(String value) {
        if (!value.trim().matches("-?[0-9]{1,6}")) {
            throw new SlaRuleViolation("rules.error.not-a-number", value.trim());
        }
        return Integer.parseInt(value.trim());
    }

    private static BigDecimal decimal(String value) {
        if (!value.matches("-?[0-9]{1,3}(\\.[0-9]{1,12})?")) {
            throw new SlaRuleViolation("rules.error.not-a-number", value);
        }
        return new BigDecimal(value);
    }

    /** Splits the text into the document's block (first) and the level and exclusion blocks. */
    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        Block current = new Block("document", "", 0, DOCUMENT_KEYS);
        blocks.add(current);
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InvalidRuleSet(number, "rules.error.syntax", line.strip());
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (!indented && (key.equals("level") || key.equals("exclusion"))) {
                current = new Block(key, value, number, key.equals("level") ? LEVEL_KEYS : EXCLUSION_KEYS);
                blocks.add(current);
            } else if (indented == (current.line == 0)) {
                throw new InvalidRuleSet(number, "rules.error.syntax", line.strip());
            } else {
                current.put(key, value, number);
            }
        }
        return blocks;
    }

    private interface Reader<T> {
        T read(String value);
    }

    private static final class Block {
        private final String kind;
        private final String name;
        private final int line;
        private final Set<String> keys;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();

        Block(String kind, String name, int line, Set<String> keys) {
            this.kind = kind;
            this.name = name;
            this.line = line;
            this.keys = keys;
        }

        void put(String key, String value, int number) {
            if (!keys.contains(key)) {
                throw new InvalidRuleSet(number, "rules.error.unknown-key", key);
            }
            if (values.containsKey(key)) {
                throw new InvalidRuleSet(number, "rules.error.repeated-key", key);
            }
            if (value.isEmpty()) {
                throw new InvalidRuleSet(number, "rules.error.missing-key", key);
            }
            values.put(key, value);
            lines.put(key, number);
        }

        <T> T read(String key, Reader<T> reader) {
            if (!values.containsKey(key)) {
                throw new InvalidRuleSet(line, "rules.error.missing-key", key);
            }
            return at(lines.get(key), () -> reader.read(values.get(key)));
        }

        <T> Optional<T> optional(String key, Reader<T> reader) {
            return values.containsKey(key) ? Optional.of(read(key, reader)) : Optional.empty();
        }

        LocalizedText text(String prefix) {
            String en = read(prefix + ".en", value -> value);
            String zh = read(prefix + ".zh-CN", value -> value);
            return new LocalizedText(en, zh);
        }

        <T> T at(int number, java.util.function.Supplier<T> work) {
            try {
                return work.get();
            } catch (InvalidRuleSet invalid) {
                throw invalid;
            } catch (SlaRuleViolation violation) {
                throw new InvalidRuleSet(number, violation);
            }
        }
    }
}
