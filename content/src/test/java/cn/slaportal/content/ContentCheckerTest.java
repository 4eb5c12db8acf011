package cn.slaportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;

/**
 * Each fixture under {@code src/test/resources/fixtures/} is a small content folder with one kind of defect; the
 * checker must name the file and the problem. The {@code valid} fixture proves the checks raise nothing on clean text.
 */
class ContentCheckerTest {

    @Test
    void cleanTwinsProduceNoFindings() {
        assertThat(check("valid")).isEmpty();
    }

    @Test
    void reportsPinyinArtefactsWithTheirLine() {
        List<Finding> findings = check("pinyin");

        assertThat(findings).haveExactly(1, finding("sla/demo/v1.zh-CN.md", "line 9: pinyin artefact \"水(shuǐ)\""));
        assertThat(findings).haveExactly(1, finding("sla/demo/v1.zh-CN.md", "pinyin artefact \"了(le)\""));
        assertThat(findings).allMatch(f -> f.file().equals(Path.of("sla/demo/v1.zh-CN.md")));
    }

    @Test
    void reportsTraditionalCharactersOncePerCharacter() {
        List<Finding> findings = check("traditional");

        assertThat(findings).haveExactly(1, finding("sla/demo/v1.zh-CN.md", "Traditional character '們' (Simplified: '们')"));
        assertThat(findings).haveExactly(1, finding("sla/demo/v1.zh-CN.md", "Traditional character '證' (Simplified: '证')"));
        assertThat(findings).hasSize(2);
    }

    @Test
    void reportsDocumentsAndEntriesThatExistInOneLanguageOnly() {
        List<Finding> findings = check("missing-twin");

        assertThat(findings).containsExactlyInAnyOrder(
                new Finding("sla/demo/v1.en.md", "no zh-CN twin (expected sla/demo/v1.zh-CN.md)"),
                new Finding("faq/general/what-is-azure.zh-CN.md",
                        "no en twin (expected faq/general/what-is-azure.en.md)"));
    }

    @Test
    void reportsAnExtraHeadingInTheTranslation() {
        assertThat(check("structure")).haveExactly(1, finding("sla/demo/v1.zh-CN.md",
                "headings differ at heading 4 (en 3 headings, zh-CN 4): en has no further heading, zh-CN has \"### 2.2\""));
    }

    @Test
    void reportsDifferentTableListCodeBlockAndParagraphShapesPerClause() {
        List<Finding> findings = check("structure");

        assertThat(findings).haveExactly(1, finding("sla/demo/v2.zh-CN.md",
                "in clause 1: en has [numbered list of 2 items], zh-CN has [numbered list of 1 item]"));
        assertThat(findings).haveExactly(1, finding("sla/demo/v2.zh-CN.md",
                "in clause 2.1: en has [code block, table of 3 rows × 2 columns], zh-CN has [paragraph, table of 2 rows × 2 columns]"));
        assertThat(findings).haveExactly(1, finding("faq/general/what-is-azure.zh-CN.md",
                "en has [paragraph, bulleted list of 2 items], zh-CN has [paragraph, bulleted list of 3 items]"));
        assertThat(findings).hasSize(5);
    }

    @Test
    void reportsAParagraphMissingFromTheTranslation() {
        assertThat(check("structure")).haveExactly(1, finding("sla/demo/v3.zh-CN.md",
                "in clause 2: en has [paragraph ×2], zh-CN has [paragraph]"));
    }

    @Test
    void reportsUntranslatedEnglishButNotCodeLinksOrProductNames() {
        List<Finding> findings = check("untranslated");

        assertThat(findings).containsExactly(new Finding("sla/demo/v1.zh-CN.md",
                "line 12: untranslated English \"If we fail, Customer may receive a credit\""));
    }

    @Test
    void reportsChineseLeftInAnEnglishFile() {
        assertThat(check("chinese-in-english")).containsExactly(new Finding("faq/general/what-is-azure.en.md",
                "line 6: Chinese text in an English file: \"Azure 是由世纪互联运营的云平台。\""));
    }

    @Test
    void reportsBrokenFrontMatter() {
        List<Finding> findings = check("front-matter");

        assertThat(findings).haveExactly(1, finding("sla/demo/v1.en.md", "version 2 does not match the file name v1"));
        assertThat(findings).haveExactly(1, finding("sla/demo/v1.en.md",
                "published \"2016-03-01\" is not an ISO-8601 instant with offset"));
        assertThat(findings).haveExactly(1, finding("sla/demo/v1.zh-CN.md", "\"summary\" is missing or empty"));
        assertThat(findings).haveExactly(1, finding("sla/demo/v1.zh-CN.md", "adverse \"maybe\" is neither true nor false"));
        assertThat(findings).haveExactly(1, finding("sla/demo/v1.zh-CN.md", "unknown key \"category\""));
        assertThat(findings).haveExactly(1, finding("sla/demo/v1.zh-CN.md",
                "effective \"2016-03-02\" differs from the en twin's \"2016-03-01\""));
        assertThat(findings).haveExactly(1, finding("sla/demo/v3.en.md",
                "effective 2016-02-15 is before the publication date 2016-03-01 (Asia/Shanghai)"));
        assertThat(findings).haveExactly(1, finding("sla/demo/v4.zh-CN.md",
                "an adverse change needs 90 days' notice, but effective 2016-04-01 is less than 90 days after 2016-03-01"));
        assertThat(findings).haveExactly(1, finding("sla/demo/v5.en.md", "no front matter block"));
        assertThat(findings).haveExactly(1, finding("faq/misc/what-is-azure.en.md", "order \"first\" is not an integer"));
        assertThat(findings).haveExactly(1, finding("faq/misc/what-is-azure.en.md", "updated \"June 2017\" is not an ISO date"));
        assertThat(findings).haveExactly(1, finding("faq/misc/what-is-azure.zh-CN.md",
                "category \"misc\" is not listed in faq/categories.tsv"));
        assertThat(findings).haveExactly(1, finding("faq/general/repeated-key.en.md",
                "line 3: front matter key \"title\" is repeated"));
        assertThat(findings).haveExactly(1, finding("faq/general/repeated-key.zh-CN.md",
                "line 5: front matter line is not \"key: value\": 这一行没有键"));
    }

    @Test
    void reportsAGlossaryTermTheTranslationDoesNotUse() {
        assertThat(check("glossary")).containsExactly(new Finding("sla/demo/v1.zh-CN.md",
                "glossary: the en twin uses \"Service Credit\" but this file never says \"服务积分\""));
    }

    @Test
    void reportsChineseWordingsTheTerminologyListRulesOut() {
        assertThat(check("terminology")).containsExactlyInAnyOrder(
                new Finding("sla/demo/v1.zh-CN.md",
                        "terminology: line 12: \"积分\" for Service Credit; write \"服务积分\""),
                new Finding("sla/demo/v1.zh-CN.md",
                        "terminology: line 12: \"账单日\" for billing day; write \"计费日\""),
                new Finding("faq/general/what-is-azure.zh-CN.md",
                        "terminology: line 6: \"帐户\" for account; write \"账户\""));
    }

    @Test
    void reportsATerminologyPatternThatMatchesItsOwnAcceptedWording() {
        Terminology terminology = Terminology.parse(List.of(Terminology.HEADER, "account\t账户\t账户|帐户", "x\ty\t(unclosed"));

        assertThat(terminology.rules()).isEmpty();
        assertThat(terminology.problems()).containsExactly(
                "line 2: the pattern to avoid matches the accepted wording itself",
                "line 3: the pattern to avoid is not a regular expression: Unclosed group");
    }

    @Test
    void reportsHeadingsWithoutOrWithWrongClauseNumbers() {
        List<Finding> findings = check("clause-numbers");

        assertThat(findings).haveExactly(1, finding("sla/demo/v1.en.md",
                "heading \"Service levels\" is level 1; clause headings are ##, ### or ####"));
        assertThat(findings).haveExactly(1, finding("sla/demo/v1.en.md",
                "heading \"3. Service levels\" is out of sequence: expected clause 2"));
        assertThat(findings).haveExactly(1, finding("sla/demo/v1.en.md",
                "heading \"3.2 Monthly Uptime Percentage\" is out of sequence: expected clause 3.1"));
        assertThat(findings).haveExactly(1, finding("sla/demo/v2.zh-CN.md", "heading \"服务承诺\" has no clause number"));
        assertThat(findings).haveExactly(1, finding("sla/demo/v2.zh-CN.md",
                "is level 2 but its clause number 2.1 has 2 part(s); expected 1"));
    }

    private static List<Finding> check(String fixture) {
        return ContentChecker.forRoot(fixture(fixture)).check();
    }

    private static Path fixture(String name) {
        URL url = Objects.requireNonNull(ContentCheckerTest.class.getResource("/fixtures/" + name), name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Condition<Finding> finding(String file, String problemFragment) {
        return new Condition<>(
                f -> f.file().equals(Path.of(file)) && f.problem().contains(problemFragment),
                "a finding in %s containing \"%s\"", file, problemFragment);
    }
}
