package cn.slaportal.web.content;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.InvalidRuleSet;
import cn.slaportal.core.catalog.RuleSet;
import cn.slaportal.core.catalog.RuleSetFormat;
import cn.slaportal.persistence.faq.FaqContent;
import cn.slaportal.persistence.faq.FaqStore;
import cn.slaportal.persistence.glossary.GlossaryStore;
import cn.slaportal.persistence.glossary.GlossaryTerm;
import cn.slaportal.persistence.support.ImportOutcome;
import cn.slaportal.persistence.version.NewSlaVersion;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import cn.slaportal.web.search.ContentChangedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Imports {@code content/**} from the classpath at start-up, before any other runner. Every SLA version
 * and FAQ entry must exist in both languages with matching metadata, and every SLA version needs a valid rule
 * set, or start-up stops. Importing historical versions is the one publication path that does not apply the
 * notice rule: these versions were published (with their notice) before the portal existed, and their
 * publication instants lie in the past.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentImporter implements ApplicationRunner {

    /** Who is recorded as the publisher of versions imported from the content files. */
    static final String PUBLISHER = "content-import";

    private static final Logger LOG = LoggerFactory.getLogger(ContentImporter.class);
    private static final Pattern SLA_FILE = Pattern.compile("content/sla/([a-z0-9-]+)/v(\\d+)\\.(en|zh-CN)\\.md$");
    private static final Pattern FAQ_FILE = Pattern.compile("content/faq/([a-z0-9-]+)/([a-z0-9-]+)\\.(en|zh-CN)\\.md$");

    private final SlaVersionStore versions;
    private final FaqStore faq;
    private final GlossaryStore glossary;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(ContentImporter.class.getClassLoader());

    ContentImporter(SlaVersionStore versions, FaqStore faq, GlossaryStore glossary, Clock clock,
                    ApplicationEventPublisher events) {
        this.versions = versions;
        this.faq = faq;
        this.glossary = glossary;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        importAll();
    }

    /** Imports every content file; returns how many items had each outcome. */
    Map<ImportOutcome, Integer> importAll() {
        Map<ImportOutcome, Integer> tally = new EnumMap<>(ImportOutcome.class);
        importSlaVersions(tally);
        importFaqCategories(tally);
        importFaqEntries(tally);
        importGlossary(tally);
        LOG.info("Content import finished: {}", tally);
        if (tally.containsKey(ImportOutcome.ADDED) || tally.containsKey(ImportOutcome.REVISED)) {
            events.publishEvent(new ContentChangedEvent("content import"));
        }
        return tally;
    }

    private void importSlaVersions(Map<ImportOutcome, Integer> tally) {
        Map<String, Map<Language, Resource>> pairs = pairs("classpath*:content/sla/*/v*.md", SLA_FILE);
        pairs.entrySet().stream()
                .sorted((a, b) -> compareVersionKeys(a.getKey(), b.getKey()))
                .forEach(pair -> {
                    String[] key = pair.getKey().split("/");
                    NewSlaVersion version = slaVersion(key[0], Integer.parseInt(key[1]), pair.getValue());
                    count(tally, retryOnce(() -> versions.importVersion(version)));
                });
    }

    private NewSlaVersion slaVersion(String document, int number, Map<Language, Resource> files) {
        String rules = rules(document, number);
        Resource enFile = files.get(Language.EN);
        Resource zhFile = files.get(Language.ZH_CN);
        FrontMatter en = FrontMatter.parse(describe(enFile), read(enFile));
        FrontMatter zh = FrontMatter.parse(describe(zhFile), read(zhFile));
        for (String shared : new String[] {"version", "published", "effective", "adverse"}) {
            if (!en.required(describe(enFile), shared).equals(zh.required(describe(zhFile), shared))) {
                throw new ContentFormatException(describe(zhFile), "'" + shared + "' differs from the English file");
            }
        }
        String source = describe(enFile);
        if (Integer.parseInt(en.required(source, "version")) != number) {
            throw new ContentFormatException(source, "'version' does not match the file name");
        }
        try {
            return new NewSlaVersion(document, number,
                    new LocalizedText(en.required(source, "title"), zh.required(describe(zhFile), "title")),
                    new LocalizedText(en.required(source, "summary"), zh.required(describe(zhFile), "summary")),
                    new LocalizedText(en.body(), zh.body()),
                    OffsetDateTime.parse(en.required(source, "published")).toInstant(),
                    LocalDate.parse(en.required(source, "effective")),
                    strictBoolean(source, en.required(source, "adverse")),
                    PUBLISHER, VersionOrigin.CONTENT, rules);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ContentFormatException(source, e.getMessage());
        }
    }

    /**
     * The version's rule set ({@code v{n}.rules} beside the texts), validated by sla-core's parser: a missing,
     * malformed or invalid rule set, or one of another document, stops the import naming the file and line.
     */
    private String rules(String document, int number) {
        String name = "content/sla/" + document + "/v" + number + ".rules";
        Resource[] found = resources("classpath*:" + name);
        if (found.length == 0) {
            throw new ContentFormatException(name, "the version has no rule set");
        }
        String text = read(found[0]);
        try {
            RuleSet parsed = RuleSetFormat.parse(text);
            if (!parsed.document().slug().equals(document)) {
                throw new ContentFormatException(describe(found[0]), "'document' is not " + document);
            }
        } catch (InvalidRuleSet invalid) {
            throw new ContentFormatException(describe(found[0]),
                    "line " + invalid.line() + ": " + invalid.code() + " " + invalid.arguments());
        }
        return text;
    }

    private void importFaqCategories(Map<ImportOutcome, Integer> tally) {
        for (Resource file : resources("classpath*:content/faq/categories.tsv")) {
            String[] lines = read(file).replace("\r\n", "\n").split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] cells = lines[i].split("\t", -1);
                if (cells.length != 4) {
                    throw new ContentFormatException(describe(file), "line " + (i + 1) + " needs 4 tab-separated cells");
                }
                int position = Integer.parseInt(cells[1].trim());
                LocalizedText title = new LocalizedText(cells[2].trim(), cells[3].trim());
                count(tally, retryOnce(() -> faq.importCategory(cells[0].trim(), position, title)));
            }
        }
    }

    private void importFaqEntries(Map<ImportOutcome, Integer> tally) {
        Map<String, Map<Language, Resource>> pairs = pairs("classpath*:content/faq/*/*.md", FAQ_FILE);
        new TreeMap<>(pairs).forEach((key, files) -> {
            String[] parts = key.split("/");
            Resource enFile = files.get(Language.EN);
            Resource zhFile = files.get(Language.ZH_CN);
            FrontMatter en = FrontMatter.parse(describe(enFile), read(enFile));
            FrontMatter zh = FrontMatter.parse(describe(zhFile), read(zhFile));
            String source = describe(enFile);
            if (!en.required(source, "order").equals(zh.required(describe(zhFile), "order"))) {
                throw new ContentFormatException(describe(zhFile), "'order' differs from the English file");
            }
            FaqContent content;
            try {
                LocalDate updated = LocalDate.parse(en.required(source, "updated"));
                content = new FaqContent(Integer.parseInt(en.required(source, "order")),
                        new LocalizedText(en.required(source, "title"), zh.required(describe(zhFile), "title")),
                        new LocalizedText(en.body(), zh.body()), updated);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new ContentFormatException(source, e.getMessage());
            }
            count(tally, retryOnce(() -> faq.importEntry(parts[0], parts[1], content, clock.instant())));
        });
    }

    private void importGlossary(Map<ImportOutcome, Integer> tally) {
        for (Resource file : resources("classpath*:content/glossary.tsv")) {
            String[] lines = read(file).replace("\r\n", "\n").split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] cells = lines[i].split("\t", -1);
                if (cells.length != 2) {
                    throw new ContentFormatException(describe(file), "line " + (i + 1) + " needs 2 tab-separated cells");
                }
                GlossaryTerm term = new GlossaryTerm(cells[0].trim(), cells[1].trim(), i);
                count(tally, retryOnce(() -> glossary.importTerm(term)));
            }
        }
    }

    /** Groups files by key ({@code document/number} or {@code category/slug}); each key needs both languages. */
    private Map<String, Map<Language, Resource>> pairs(String pattern, Pattern fileName) {
        Map<String, Map<Language, Resource>> pairs = new TreeMap<>();
        for (Resource resource : resources(pattern)) {
            Matcher matcher = fileName.matcher(describe(resource));
            if (!matcher.find()) {
                throw new ContentFormatException(describe(resource), "file name does not follow content/README.md");
            }
            pairs.computeIfAbsent(matcher.group(1) + "/" + matcher.group(2), k -> new EnumMap<>(Language.class))
                    .put(Language.of(matcher.group(3)), resource);
        }
        pairs.forEach((key, files) -> {
            if (files.size() != Language.values().length) {
                throw new ContentFormatException(key, "exists in one language only");
            }
        });
        return pairs;
    }

    private Resource[] resources(String pattern) {
        try {
            return resolver.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A second instance starting at the same moment may insert the same row first; the retry then finds it. */
    private static ImportOutcome retryOnce(Supplier<ImportOutcome> work) {
        try {
            return work.get();
        } catch (DataIntegrityViolationException e) {
            return work.get();
        }
    }

    private static int compareVersionKeys(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        int byDocument = x[0].compareTo(y[0]);
        return byDocument != 0 ? byDocument : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }

    private static boolean strictBoolean(String source, String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ContentFormatException(source, "'adverse' must be true or false");
        };
    }

    private static void count(Map<ImportOutcome, Integer> tally, ImportOutcome outcome) {
        tally.merge(outcome, 1, Integer::sum);
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }

    private enum Language {
        EN, ZH_CN;

        static Language of(String suffix) {
            return "en".equals(suffix) ? EN : ZH_CN;
        }
    }
}
