package cn.slaportal.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void serviceBusEnglishHeadingsCarryClauseAnchors() {
        RenderedMarkdown rendered = renderer.render(read("content/sla/service-bus/v1.en.md"));

        assertThat(rendered.html())
                .contains("<h3 id=\"clause-3-2\">3.2 Service credit claims</h3>")
                .contains("<h2 id=\"clause-1\">1. Service commitments</h2>")
                .doesNotContain("title: SLA for Service Bus");
        assertThat(rendered.toc()).contains(new TocEntry(3, "3.2", "Service credit claims", "clause-3-2"));
    }

    @Test
    void subClausesOfANumberedHeadingGetTheirOwnAnchors() {
        RenderedMarkdown rendered = renderer.render("## 3. Terms\n\n### 3.2 Claims\n\n1. First\n2. Second\n");

        assertThat(rendered.html())
                .contains("<li id=\"clause-3-2-1\">First</li>")
                .contains("<li id=\"clause-3-2-2\">Second</li>");
    }

    @Test
    void tablesAreRenderedAsStyledDataTables() {
        RenderedMarkdown rendered = renderer.render("## 4. Tiers\n\n| Uptime | Credit |\n| --- | --- |\n| < 99.9% | 10% |\n");

        assertThat(rendered.html()).contains("<div class=\"table-scroll\"><table class=\"data-table\">").contains("<th>Uptime</th>")
                .contains("<td>&lt; 99.9%</td>");
    }

    @Test
    void rawHtmlAndScriptLinksAreNeutralised() {
        RenderedMarkdown rendered = renderer.render("## 1. X\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1))\n");

        assertThat(rendered.html()).doesNotContain("<script>").contains("&lt;script&gt;")
                .doesNotContain("javascript:");
    }

    @Test
    void headingsWithoutClauseNumberGetSectionAnchors() {
        RenderedMarkdown rendered = renderer.render("## Introduction\n\n## Scope\n");

        assertThat(rendered.toc()).extracting(TocEntry::anchor).containsExactly("section-1", "section-2");
        assertThat(rendered.toc()).allMatch(entry -> !entry.numbered());
    }

    @Test
    void answersSharingAPageGetScopedSectionAnchors() {
        RenderedMarkdown first = renderer.render("### Audits\n\ntext\n", "security-certifications");
        RenderedMarkdown second = renderer.render("### Audits\n\ntext\n", "data-backup");

        assertThat(first.html()).contains("<h3 id=\"security-certifications-section-1\">Audits</h3>");
        assertThat(second.html()).contains("<h3 id=\"data-backup-section-1\">Audits</h3>");
    }

    @Test
    void cacheRendersAPublishedVersionOnlyOnce() {
        RenderedContentCache cache = new RenderedContentCache(renderer);
        int[] reads = {0};

        RenderedMarkdown first = cache.publishedVersion("service-bus", 1, "en", () -> {
            reads[0]++;
            return "## 1. Commitments\n";
        });
        RenderedMarkdown second = cache.publishedVersion("service-bus", 1, "en", () -> {
            reads[0]++;
            return "## 1. Something else\n";
        });

        assertThat(second).isSameAs(first);
        assertThat(reads[0]).isEqualTo(1);
        assertThat(cache.publishedVersion("service-bus", 1, "zh-CN", () -> "## 1. 服务承诺\n").html()).contains("服务承诺");
    }

    @Test
    void outlineKeepsTheTopTwoHeadingLevels() {
        RenderedMarkdown rendered = renderer.render("## 1. A\n\n### 1.1 B\n\n#### 1.1.1 C\n");

        assertThat(rendered.outline()).extracting(TocEntry::clause).containsExactly("1", "1.1");
    }

    @ParameterizedTest
    @CsvSource({
            "'3.2 Service credit claims', 3.2, Service credit claims, clause-3-2",
            "'3. General terms', 3, General terms, clause-3",
            "'4.10 Tiers', 4.10, Tiers, clause-4-10",
            "'3.2 服务积分索赔', 3.2, 服务积分索赔, clause-3-2"
    })
    void clauseNumberBecomesTheAnchor(String heading, String clause, String title, String anchor) {
        ClauseAnchors.NumberedHeading parsed = ClauseAnchors.parse(heading).orElseThrow();

        assertThat(parsed.clause()).isEqualTo(clause);
        assertThat(parsed.title()).isEqualTo(title);
        assertThat(ClauseAnchors.anchor(parsed.clause())).isEqualTo(anchor);
    }

    @ParameterizedTest
    @MethodSource("englishSlaFiles")
    void everyPublishedSlaHasTheSameAnchorsInBothLanguages(String englishPath) {
        String chinesePath = englishPath.replace(".en.md", ".zh-CN.md");
        List<String> english = renderer.render(read(englishPath)).toc().stream().map(TocEntry::anchor).toList();
        List<String> chinese = renderer.render(read(chinesePath)).toc().stream().map(TocEntry::anchor).toList();

        assertThat(english).isNotEmpty().allMatch(anchor -> anchor.startsWith("clause-"));
        assertThat(chinese).isEqualTo(english);
    }

    @ParameterizedTest
    @MethodSource("faqFiles")
    void everyFaqAnswerRendersWithoutRawMarkdownTables(String path) {
        RenderedMarkdown rendered = renderer.render(read(path));

        assertThat(rendered.html()).isNotBlank().doesNotContain("| ---").doesNotContain("order:");
    }

    static Stream<String> englishSlaFiles() {
        return classpathFiles("classpath*:content/sla/*/v*.en.md")
                .filter(path -> MarkdownRendererTest.class.getClassLoader()
                        .getResource(path.replace(".en.md", ".zh-CN.md")) != null);
    }

    static Stream<String> faqFiles() {
        return classpathFiles("classpath*:content/faq/*/*.md");
    }

    private static Stream<String> classpathFiles(String pattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            assertThat(resources).as(pattern).isNotEmpty();
            return Arrays.stream(resources).map(MarkdownRendererTest::classpathPath).sorted();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String classpathPath(Resource resource) {
        try {
            String url = resource.getURL().toString();
            return url.substring(url.lastIndexOf("content/"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String path) {
        try (InputStream in = MarkdownRendererTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
