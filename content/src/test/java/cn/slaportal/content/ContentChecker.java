package cn.slaportal.content;

import cn.slaportal.content.structure.MarkdownDocument;
import cn.slaportal.content.structure.StructureFinding;
import cn.slaportal.content.structure.TwinStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a content folder laid out as {@code content/README.md} describes and returns every problem found,
 * each naming the file (relative to the folder) and what is wrong. An empty list means the content may be published.
 */
final class ContentChecker {

    static final String ALLOWED_ENGLISH_RESOURCE = "/content-checks/allowed-english.txt";

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int ADVERSE_NOTICE_DAYS = 90;
    private static final Pattern SLA_FILE = Pattern.compile("v([1-9]\\d*)\\.(en|zh-CN)\\.md");
    /** Rule sets beside the texts; {@link RuleSetTextCheck} checks them. */
    private static final Pattern RULES_FILE = Pattern.compile("v([1-9]\\d*)\\.rules");
    private static final Pattern FAQ_FILE = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)\\.(en|zh-CN)\\.md");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final List<String> SLA_KEYS =
            List.of("title", "version", "published", "effective", "adverse", "summary");
    private static final List<String> FAQ_KEYS = List.of("title", "order", "updated");
    private static final Pattern CHINESE_IN_ENGLISH = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF01-\\uFF5E]");
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):(?:\\s.*)?");
    private static final String CATEGORIES = "faq/categories.tsv";
    static final String TERMINOLOGY = "terminology.tsv";
    private static final String CATEGORIES_HEADER = "slug\torder\ten\tzh-CN";

    private final Path root;
    private final ChineseTextRules chinese;

    ContentChecker(Path root, List<String> allowedEnglish) {
        this.root = root;
        this.chinese = new ChineseTextRules(allowedEnglish);
    }

    /** A checker for {@code root} that allows the English phrases listed in {@link #ALLOWED_ENGLISH_RESOURCE}. */
    static ContentChecker forRoot(Path root) {
        try (InputStream in = ContentChecker.class.getResourceAsStream(ALLOWED_ENGLISH_RESOURCE)) {
            Objects.requireNonNull(in, ALLOWED_ENGLISH_RESOURCE + " is not on the test classpath");
            List<String> phrases = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
            return new ContentChecker(root, phrases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private enum Kind { SLA, FAQ }

    /** One document version or FAQ entry: the files of its language twins. */
    private record Twins(Kind kind, String group, String name, Map<Language, Path> files) {
    }

    /** A file read and parsed. */
    private record Loaded(Path path, String raw, MarkdownDocument document) {
    }

    List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        Glossary glossary = loadGlossary(findings);
        Terminology terminology = loadTerminology(findings);
        Map<String, Twins> twins = new TreeMap<>();
        collect("sla", Kind.SLA, SLA_FILE, twins, findings);
        collect("faq", Kind.FAQ, FAQ_FILE, twins, findings);
        boolean hasFaq = twins.values().stream().anyMatch(t -> t.kind() == Kind.FAQ);
        Set<String> categories = loadCategories(hasFaq, findings);
        for (Twins entry : twins.values()) {
            checkTwins(entry, glossary, terminology, categories, findings);
        }
        return List.copyOf(findings);
    }

    private Glossary loadGlossary(List<Finding> findings) {
        Path file = root.resolve("glossary.tsv");
        if (!Files.isRegularFile(file)) {
            findings.add(new Finding("glossary.tsv", "the glossary is missing"));
            return new Glossary(List.of(), List.of());
        }
        Glossary glossary = Glossary.parse(read(file).lines().toList());
        glossary.problems().forEach(p -> findings.add(new Finding("glossary.tsv", p)));
        String chineseColumn = String.join("\n",
                glossary.terms().stream().map(Glossary.Term::chinese).toList());
        chinese.pinyinArtefacts(chineseColumn).forEach(p -> findings.add(new Finding("glossary.tsv", "zh-CN column " + p)));
        chinese.traditionalCharacters(chineseColumn).forEach(p -> findings.add(new Finding("glossary.tsv", "zh-CN column " + p)));
        return glossary;
    }

    /** The terminology list is optional for a content folder; the published folder has one (PublishedContentTest). */
    private Terminology loadTerminology(List<Finding> findings) {
        Path file = root.resolve(TERMINOLOGY);
        if (!Files.isRegularFile(file)) {
            return new Terminology(List.of(), List.of());
        }
        Terminology terminology = Terminology.parse(read(file).lines().toList());
        terminology.problems().forEach(p -> findings.add(new Finding(TERMINOLOGY, p)));
        return terminology;
    }

    private Set<String> loadCategories(boolean required, List<Finding> findings) {
        Path file = root.resolve(CATEGORIES);
        Set<String> slugs = new HashSet<>();
        if (!Files.isRegularFile(file)) {
            if (required) {
                findings.add(new Finding(CATEGORIES, "the FAQ category list is missing"));
            }
            return slugs;
        }
        List<String> lines = read(file).lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(CATEGORIES_HEADER)) {
            findings.add(new Finding(CATEGORIES, "line 1: the header line must be \"slug<TAB>order<TAB>en<TAB>zh-CN\""));
        }
        Set<Integer> orders = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = "line " + (i + 1) + ": ";
            String[] columns = line.split("\t", -1);
            if (columns.length != 4 || Stream.of(columns).anyMatch(String::isBlank)) {
                findings.add(new Finding(CATEGORIES, where + "expected slug<TAB>order<TAB>en title<TAB>zh-CN title"));
                continue;
            }
            if (!SLUG.matcher(columns[0]).matches() || !slugs.add(columns[0])) {
                findings.add(new Finding(CATEGORIES, where + "slug \"" + columns[0] + "\" is malformed or repeated"));
            }
            Optional<Integer> order = parseInt(columns[1]);
            if (order.isEmpty() || !orders.add(order.get())) {
                findings.add(new Finding(CATEGORIES, where + "order \"" + columns[1] + "\" is not a unique integer"));
            }
            String title = columns[3];
            chinese.pinyinArtefacts(title).forEach(p -> findings.add(new Finding(CATEGORIES, where + "zh-CN title " + p)));
            chinese.traditionalCharacters(title).forEach(p -> findings.add(new Finding(CATEGORIES, where + "zh-CN title " + p)));
            chinese.untranslatedEnglish(i + 1, title).forEach(p -> findings.add(new Finding(CATEGORIES, p)));
        }
        return slugs;
    }

    private void collect(String top, Kind kind, Pattern fileName, Map<String, Twins> twins, List<Finding> findings) {
        Path dir = root.resolve(top);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = root.relativize(path);
                if (relative.toString().replace('\\', '/').equals(CATEGORIES)
                        || kind == Kind.SLA && relative.getNameCount() == 3
                                && RULES_FILE.matcher(path.getFileName().toString()).matches()) {
                    continue;
                }
                Matcher m = fileName.matcher(path.getFileName().toString());
                if (relative.getNameCount() != 3 || !m.matches()) {
                    findings.add(new Finding(relative, "unexpected file: content files are " + top + "/{"
                            + (kind == Kind.SLA ? "document}/v{n}" : "category}/{slug}") + ".{en|zh-CN}.md"));
                    continue;
                }
                String group = relative.getName(1).toString();
                String name = kind == Kind.SLA ? "v" + m.group(1) : m.group(1);
                Language language = m.group(2).equals("en") ? Language.EN : Language.ZH_CN;
                twins.computeIfAbsent(top + "/" + group + "/" + name,
                                key -> new Twins(kind, group, name, new EnumMap<>(Language.class)))
                        .files().put(language, relative);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkTwins(Twins twins, Glossary glossary, Terminology terminology, Set<String> categories,
                            List<Finding> findings) {
        Map<Language, Loaded> loaded = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path path = twins.files().get(language);
            if (path == null) {
                Path existing = twins.files().values().iterator().next();
                Path missing = existing.resolveSibling(twins.name() + language.suffix());
                findings.add(new Finding(existing, "no " + language.tag() + " twin (expected " + slash(missing) + ")"));
                continue;
            }
            String raw = read(root.resolve(path));
            Loaded file = new Loaded(path, raw, MarkdownDocument.parse(raw));
            loaded.put(language, file);
            if (twins.kind() == Kind.SLA) {
                checkSlaFrontMatter(file, twins.name(), findings);
                checkClauseNumbers(file, findings);
            } else {
                checkFaqFrontMatter(file, findings);
                if (!categories.contains(twins.group())) {
                    findings.add(new Finding(path, "category \"" + twins.group() + "\" is not listed in " + CATEGORIES));
                }
            }
            if (language == Language.ZH_CN) {
                checkChinese(file, findings);
                for (Terminology.Rule rule : terminology.rules()) {
                    rule.violations(raw).forEach(v -> findings.add(new Finding(path, "terminology: " + v)));
                }
            } else {
                checkEnglish(file, findings);
            }
        }
        Loaded en = loaded.get(Language.EN);
        Loaded zh = loaded.get(Language.ZH_CN);
        if (en != null && zh != null) {
            List<String> shared = twins.kind() == Kind.SLA
                    ? List.of("version", "published", "effective", "adverse")
                    : List.of("order", "updated");
            compareSharedValues(en, zh, shared, findings);
            compareStructure(en, zh, findings);
            checkGlossary(en, zh, glossary, findings);
        }
    }

    private void checkSlaFrontMatter(Loaded file, String versionName, List<Finding> findings) {
        Map<String, String> fm = frontMatter(file, SLA_KEYS, findings);
        if (fm == null) {
            return;
        }
        String version = fm.get("version");
        if (version != null) {
            Optional<Integer> number = parseInt(version);
            if (number.isEmpty()) {
                findings.add(new Finding(file.path(), "front matter: version \"" + version + "\" is not an integer"));
            } else if (!versionName.equals("v" + number.get())) {
                findings.add(new Finding(file.path(), "front matter: version " + number.get()
                        + " does not match the file name " + versionName));
            }
        }
        Optional<OffsetDateTime> published = Optional.empty();
        if (fm.get("published") != null) {
            published = parseInstant(fm.get("published"));
            if (published.isEmpty()) {
                findings.add(new Finding(file.path(), "front matter: published \"" + fm.get("published")
                        + "\" is not an ISO-8601 instant with offset, e.g. 2016-03-01T00:00:00+08:00"));
            }
        }
        Optional<LocalDate> effective = Optional.empty();
        if (fm.get("effective") != null) {
            effective = parseDate(fm.get("effective"));
            if (effective.isEmpty()) {
                findings.add(new Finding(file.path(), "front matter: effective \"" + fm.get("effective")
                        + "\" is not an ISO date, e.g. 2016-03-01"));
            }
        }
        String adverse = fm.get("adverse");
        if (adverse != null && !adverse.equals("true") && !adverse.equals("false")) {
            findings.add(new Finding(file.path(), "front matter: adverse \"" + adverse + "\" is neither true nor false"));
        }
        if (published.isPresent() && effective.isPresent()) {
            LocalDate publishedDay = published.get().atZoneSameInstant(SHANGHAI).toLocalDate();
            if (effective.get().isBefore(publishedDay)) {
                findings.add(new Finding(file.path(), "front matter: effective " + effective.get()
                        + " is before the publication date " + publishedDay + " (Asia/Shanghai)"));
            } else if ("true".equals(adverse) && effective.get().isBefore(publishedDay.plusDays(ADVERSE_NOTICE_DAYS))) {
                findings.add(new Finding(file.path(), "front matter: an adverse change needs " + ADVERSE_NOTICE_DAYS
                        + " days' notice, but effective " + effective.get() + " is less than "
                        + ADVERSE_NOTICE_DAYS + " days after " + publishedDay));
            }
        }
    }

    private void checkFaqFrontMatter(Loaded file, List<Finding> findings) {
        Map<String, String> fm = frontMatter(file, FAQ_KEYS, findings);
        if (fm == null) {
            return;
        }
        if (fm.get("order") != null && parseInt(fm.get("order")).isEmpty()) {
            findings.add(new Finding(file.path(), "front matter: order \"" + fm.get("order") + "\" is not an integer"));
        }
        if (fm.get("updated") != null && parseDate(fm.get("updated")).isEmpty()) {
            findings.add(new Finding(file.path(), "front matter: updated \"" + fm.get("updated")
                    + "\" is not an ISO date, e.g. 2017-06-01"));
        }
    }

    /** The front matter when present (missing and unknown keys reported), or null when there is none. */
    private Map<String, String> frontMatter(Loaded file, List<String> keys, List<Finding> findings) {
        MarkdownDocument doc = file.document();
        if (!doc.hasFrontMatter() || doc.frontMatter().isEmpty()) {
            findings.add(new Finding(file.path(), "no front matter block (--- ... ---) at the top of the file"));
            return null;
        }
        checkFrontMatterLines(file, findings);
        Map<String, String> present = new LinkedHashMap<>();
        for (String key : keys) {
            String value = doc.frontMatter().get(key);
            if (value == null || value.isBlank()) {
                findings.add(new Finding(file.path(), "front matter: \"" + key + "\" is missing or empty"));
            } else {
                present.put(key, value);
            }
        }
        doc.frontMatter().keySet().stream()
                .filter(key -> !keys.contains(key))
                .forEach(key -> findings.add(new Finding(file.path(), "front matter: unknown key \"" + key
                        + "\" (allowed: " + String.join(", ", keys) + ")")));
        return present;
    }

    /** One "key: value" a line, no key twice: the shape the portal's content import accepts. */
    private static void checkFrontMatterLines(Loaded file, List<Finding> findings) {
        String raw = file.raw().startsWith("\uFEFF") ? file.raw().substring(1) : file.raw();
        int end = raw.indexOf("\n---\n", 3);
        if (!raw.startsWith("---\n") || end < 0) {
            findings.add(new Finding(file.path(), "front matter is not closed by a --- line"));
            return;
        }
        Set<String> keys = new HashSet<>();
        String[] lines = raw.substring(4, end).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher m = FRONT_MATTER_LINE.matcher(line);
            if (!m.matches()) {
                findings.add(new Finding(file.path(), "line " + (i + 2) + ": front matter line is not \"key: value\": "
                        + line.strip()));
            } else if (!keys.add(m.group(1))) {
                findings.add(new Finding(file.path(), "line " + (i + 2) + ": front matter key \"" + m.group(1)
                        + "\" is repeated"));
            }
        }
    }

    /** Clause numbers on every heading, by the structure checks the portal's drafts use too. */
    private static void checkClauseNumbers(Loaded file, List<Finding> findings) {
        TwinStructure.clauseNumbers(file.document())
                .forEach(found -> findings.add(new Finding(file.path(), found.english())));
    }

    private void checkChinese(Loaded file, List<Finding> findings) {
        chinese.pinyinArtefacts(file.raw()).forEach(p -> findings.add(new Finding(file.path(), p)));
        chinese.traditionalCharacters(file.raw()).forEach(p -> findings.add(new Finding(file.path(), p)));
        for (String key : List.of("title", "summary")) {
            String value = file.document().frontMatter().get(key);
            if (value != null) {
                chinese.untranslatedEnglish(0, value)
                        .forEach(p -> findings.add(new Finding(file.path(), p.replace("line 0", "front matter " + key))));
            }
        }
        for (MarkdownDocument.TextBlock block : file.document().prose()) {
            chinese.untranslatedEnglish(block.line(), block.text())
                    .forEach(p -> findings.add(new Finding(file.path(), p)));
        }
    }

    /** An English file carries no Chinese: a Chinese character or full-width punctuation means a mix-up. */
    private static void checkEnglish(Loaded file, List<Finding> findings) {
        String[] lines = file.raw().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher chinese = CHINESE_IN_ENGLISH.matcher(lines[i]);
            if (chinese.find()) {
                findings.add(new Finding(file.path(), "line " + (i + 1) + ": Chinese text in an English file: \""
                        + lines[i].strip() + "\""));
            }
        }
    }

    private void compareSharedValues(Loaded en, Loaded zh, List<String> keys, List<Finding> findings) {
        for (String key : keys) {
            String enValue = en.document().frontMatter().get(key);
            String zhValue = zh.document().frontMatter().get(key);
            if (enValue == null || zhValue == null) {
                continue;
            }
            boolean same = enValue.equals(zhValue);
            if (key.equals("published")) {
                Optional<Instant> enInstant = parseInstant(enValue).map(OffsetDateTime::toInstant);
                Optional<Instant> zhInstant = parseInstant(zhValue).map(OffsetDateTime::toInstant);
                same = same || enInstant.isPresent() && enInstant.equals(zhInstant);
            }
            if (!same) {
                findings.add(new Finding(zh.path(), "front matter: " + key + " \"" + zhValue
                        + "\" differs from the en twin's \"" + enValue + "\""));
            }
        }
    }

    /** The twins' structure, by the structure checks the portal's drafts use too. */
    private static void compareStructure(Loaded en, Loaded zh, List<Finding> findings) {
        for (StructureFinding found : TwinStructure.compare(en.document(), zh.document())) {
            findings.add(new Finding(zh.path(), found.english()));
        }
    }

    private void checkGlossary(Loaded en, Loaded zh, Glossary glossary, List<Finding> findings) {
        for (Glossary.Term term : glossary.terms()) {
            if (term.usedIn(en.raw()) && !zh.raw().contains(term.chinese())) {
                findings.add(new Finding(zh.path(), "glossary: the en twin uses \"" + term.english()
                        + "\" but this file never says \"" + term.chinese() + "\""));
            }
        }
    }

    private static Optional<Integer> parseInt(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<OffsetDateTime> parseInstant(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String slash(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
