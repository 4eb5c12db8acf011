package cn.slaportal.web.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.Comment;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a person reads comes from the message bundles (STYLE 15): the Thymeleaf templates on the classpath
 * name only message keys that exist in both languages, and show no literal words except prototype text that
 * Thymeleaf replaces ({@code th:text}, {@code th:replace}, ...), prototype-only blocks ({@code <!--/*-->}) and
 * decorations hidden from assistive technology ({@code aria-hidden="true"}).
 */
class TemplateTextTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_][A-Za-z0-9_.-]*)\\s*[}(]");
    private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:insert", "th:include",
            "data-th-text", "data-th-utext", "data-th-insert");
    private static final Set<String> ELEMENT_REPLACING = Set.of("th:replace", "data-th-replace");
    private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label",
            "aria-description", "aria-roledescription", "label");

    private static List<Resource> templates;

    @BeforeAll
    static void findTemplates() throws IOException {
        templates = List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html"));
    }

    @Test
    void templatesExist() {
        assertThat(templates).isNotEmpty();
    }

    @Test
    void everyMessageKeyNamedInATemplateExistsInBothLanguages() {
        Set<String> english = keys("messages_en.properties");
        Set<String> chinese = keys("messages_zh_CN.properties");
        Set<String> missing = new TreeSet<>();
        for (Resource template : templates) {
            Matcher key = LITERAL_KEY.matcher(read(template));
            while (key.find()) {
                String name = key.group(1);
                if (!english.contains(name) || !chinese.contains(name)) {
                    missing.add(path(template) + ": " + name
                            + (english.contains(name) ? " (no zh_CN)" : chinese.contains(name) ? " (no en)" : ""));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from a bundle").isEmpty();
    }

    @Test
    void templatesShowNoLiteralText() {
        List<String> literals = new ArrayList<>();
        for (Resource template : templates) {
            literals.addAll(literalsIn(path(template), read(template)));
        }
        assertThat(literals).as("literal user-visible text in templates (use th:text=\"#{...}\")").isEmpty();
    }

    @Test
    void literalTextCheckFindsWordsAThymeleafPageWouldShow() {
        String page = """
                <html><body>
                <h1>Service credits</h1>
                <p th:text="#{credit.intro}">Prototype text is replaced.</p>
                <img src="x.svg" alt="A chart">
                <img src="y.svg" alt="Prototype" th:alt="#{credit.chart}">
                <input placeholder="Search" th:attr="placeholder=#{action.search}">
                <span aria-hidden="true">SLA</span>
                <!--/*--><p>Only in the prototype</p><!--*/-->
                <div th:replace="~{layout :: nav}">Replaced</div>
                <p>[[#{credit.inline}]] · 2026</p>
                <script>var label = "not text";</script>
                <button aria-label="Close">×</button>
                </body></html>
                """;

        assertThat(literalsIn("page.html", page)).hasSize(3)
                .anySatisfy(literal -> assertThat(literal).contains("Service credits"))
                .anySatisfy(literal -> assertThat(literal).contains("alt=\"A chart\""))
                .anySatisfy(literal -> assertThat(literal).contains("aria-label=\"Close\""));
    }

    private static List<String> literalsIn(String name, String html) {
        List<String> literals = new ArrayList<>();
        try {
            Document document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(name, new StringReader(html));
            check(name, document, literals);
        } catch (ParseException unparsable) {
            literals.add(name + ": cannot be parsed: " + unparsable.getMessage());
        }
        return literals;
    }

    private static void check(String template, INestableNode parent, List<String> literals) {
        boolean prototypeOnly = false;
        for (INode node : parent.getChildren()) {
            if (node instanceof Comment comment) {
                String content = comment.getContent().strip();
                if (content.equals("/*")) {
                    prototypeOnly = true;
                } else if (content.equals("*/")) {
                    prototypeOnly = false;
                }
                continue;
            }
            if (prototypeOnly) {
                continue;
            }
            if (node instanceof Text text) {
                String visible = INLINED_EXPRESSION.matcher(text.getContent()).replaceAll("");
                if (visible.codePoints().anyMatch(Character::isLetter)) {
                    literals.add(where(template, node) + " text \"" + visible.strip() + "\"");
                }
            } else if (node instanceof Element element) {
                checkElement(template, element, literals);
            }
        }
    }

    private static void checkElement(String template, Element element, List<String> literals) {
        Map<String, String> attributes = element.hasAttributes() ? element.getAttributeMap() : Map.of();
        if (attributes.keySet().stream().anyMatch(ELEMENT_REPLACING::contains) || "all".equals(attributes.get("th:remove"))) {
            return;
        }
        for (String attribute : TEXT_ATTRIBUTES) {
            String value = attributes.get(attribute);
            if (value != null && value.codePoints().anyMatch(Character::isLetter) && !isComputed(attributes, attribute)) {
                literals.add(where(template, element) + " <" + element.getElementName() + " " + attribute + "=\"" + value + "\">");
            }
        }
        String name = element.getElementName().toLowerCase();
        boolean bodyReplaced = attributes.keySet().stream().anyMatch(BODY_REPLACING::contains)
                || "body".equals(attributes.get("th:remove")) || "all-but-first".equals(attributes.get("th:remove"));
        boolean decorative = "true".equals(attributes.get("aria-hidden"));
        if (!bodyReplaced && !decorative && !name.equals("script") && !name.equals("style")) {
            check(template, element, literals);
        }
    }

    private static boolean isComputed(Map<String, String> attributes, String attribute) {
        if (attributes.containsKey("th:" + attribute) || attributes.containsKey("data-th-" + attribute)) {
            return true;
        }
        if ((attribute.equals("alt") || attribute.equals("title")) && attributes.containsKey("th:alt-title")) {
            return true;
        }
        String computed = Objects.toString(attributes.get("th:attr"), "") + " " + Objects.toString(attributes.get("th:attrappend"), "");
        return Pattern.compile("(^|[\\s,])" + Pattern.quote(attribute) + "\\s*=").matcher(computed).find();
    }

    private static String where(String template, INode node) {
        return template + ":" + (node.hasLine() ? node.getLine() : "?");
    }

    private static String path(Resource template) {
        try {
            String url = template.getURL().toString();
            return url.substring(url.lastIndexOf("templates/"));
        } catch (IOException unreadable) {
            return template.getFilename();
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Set<String> keys(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = TemplateTextTest.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle + " on the classpath").isNotNull();
            properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
