package cn.slaportal.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static final SearchIndex INDEX = new SearchIndex();

    @BeforeAll
    static void indexThePublishedContent() throws IOException {
        INDEX.replace(ClasspathContent.entries());
    }

    private static List<String> urls(SearchResults results) {
        return results.hits().stream().map(SearchHit::url).toList();
    }

    @Test
    void chineseServiceCreditFindsTheServiceCreditClauses() {
        SearchResults results = INDEX.search("服务积分", "zh-CN", 10);

        assertThat(results.total()).isGreaterThan(0);
        assertThat(urls(results)).contains("/sla/service-bus#clause-3-4");
        assertThat(results.hits().get(0).titleHtml() + results.hits().get(0).snippetHtml()).contains("<mark>服务积分</mark>");
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.titleHtml() + hit.snippetHtml()).contains("<mark>"));
    }

    @Test
    void chineseDowntimeFindsTheDynamicsDefinitions() {
        SearchResults results = INDEX.search("停机", "zh-CN", 20);

        assertThat(urls(results)).contains("/sla/dynamics-365#clause-2");
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.titleHtml() + hit.snippetHtml()).contains("<mark>停机"));
    }

    @Test
    void chineseAvailabilitySetFindsTheAvailabilitySetAnswerFirst() {
        SearchResults results = INDEX.search("可用性集", "zh-CN", 10);

        assertThat(urls(results)).first().isEqualTo("/faq/implementation-maintenance#what-is-availability-set");
        assertThat(results.hits().get(0).snippetHtml()).contains("<mark>可用性集</mark>");
    }

    @Test
    void chineseQueryMatchesOnlyTheWholePhraseNotItsCharactersApart() {
        SearchResults results = INDEX.search("可用性集", "zh-CN", 50);

        assertThat(results.hits()).allSatisfy(hit ->
                assertThat(hit.titleHtml() + hit.snippetHtml()).contains("<mark>可用性集</mark>"));
    }

    @Test
    void aChinesePhraseIsMarkedWhereItStandsWholeNotWhereItsBigramsStandApart() {
        SearchIndex index = new SearchIndex();
        index.replace(List.of(
                new SearchEntry(SearchKind.FAQ_ENTRY, "zh-CN", "服务说明", "general",
                        "服务可用。积分另计。服务积分按月计算，服务积分不可转让。", "/faq/general#a"),
                new SearchEntry(SearchKind.FAQ_ENTRY, "zh-CN", "服务服务器", "general",
                        "服务服务器的服务。服务器服务。", "/faq/general#b")));

        SearchResults credits = index.search("服务积分", "zh-CN", 10);
        SearchResults repeated = index.search("服务服务", "zh-CN", 10);

        assertThat(urls(credits)).containsExactly("/faq/general#a");
        SearchHit hit = credits.hits().get(0);
        assertThat(hit.titleHtml()).isEqualTo("服务说明");
        assertThat(hit.snippetHtml()).contains("服务可用。积分另计。<mark>服务积分</mark>按月计算，<mark>服务积分</mark>不可转让。");
        assertThat(urls(repeated)).containsExactly("/faq/general#b");
        assertThat(repeated.hits().get(0).titleHtml()).isEqualTo("<mark>服务服务</mark>器");
        assertThat(repeated.hits().get(0).snippetHtml()).isEqualTo("<mark>服务服务</mark>器的服务。服务器服务。");
    }

    @Test
    void englishQueriesAreStemmedAndRanked() {
        assertThat(urls(INDEX.search("service credits", "en", 10))).contains("/sla/service-bus#clause-3-4");
        assertThat(urls(INDEX.search("availability set", "en", 10))).first()
                .isEqualTo("/faq/implementation-maintenance#what-is-availability-set");
        assertThat(urls(INDEX.search("downtime", "en", 20))).contains("/sla/dynamics-365#clause-2");
    }

    @Test
    void anEnglishQueryOnAChinesePageFindsTheEnglishTextsLabelledAndLinkedInEnglish() {
        SearchResults results = INDEX.search("availability set", "zh-CN", 10);

        assertThat(results.total()).isGreaterThan(0);
        SearchHit first = results.hits().get(0);
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.inPageLanguage()).isFalse();
        assertThat(first.url()).isEqualTo("/faq/implementation-maintenance?lang=en#what-is-availability-set");
        assertThat(first.snippetHtml() + first.titleHtml()).containsIgnoringCase("<mark>availability");
    }

    @Test
    void aChineseQueryOnAnEnglishPageFindsTheChineseTexts() {
        SearchResults results = INDEX.search("服务积分", "en", 10);

        assertThat(results.total()).isGreaterThan(0);
        assertThat(results.hits()).allSatisfy(hit -> {
            assertThat(hit.language()).isEqualTo("zh-CN");
            assertThat(hit.url()).contains("?lang=zh-CN");
        });
        assertThat(urls(results)).contains("/sla/service-bus?lang=zh-CN#clause-3-4");
    }

    @Test
    void thePageLanguageRanksFirstAndAnEntryFoundInBothIsListedOnce() {
        SearchResults results = INDEX.search("Azure", "zh-CN", 200);

        List<Boolean> inPageLanguage = results.hits().stream().map(SearchHit::inPageLanguage).toList();
        assertThat(inPageLanguage).contains(true);
        assertThat(inPageLanguage.indexOf(false) < 0 || inPageLanguage.lastIndexOf(true) < inPageLanguage.indexOf(false))
                .as("page-language hits before other-language hits: " + inPageLanguage).isTrue();
        List<String> paths = results.hits().stream().map(hit -> hit.url().replaceAll("[?&]lang=[^#]*", "")).toList();
        assertThat(paths).doesNotHaveDuplicates();
        assertThat(results.total()).isEqualTo(results.hits().size());
    }

    @Test
    void englishToleratesASimpleTypo() {
        assertThat(urls(INDEX.search("downtme", "en", 20))).contains("/sla/dynamics-365#clause-2");
        assertThat(urls(INDEX.search("servce credti", "en", 10))).contains("/sla/service-bus#clause-3-4");
        assertThat(INDEX.search("downtme", "en", 20).hits().get(0).snippetHtml()).containsIgnoringCase("<mark>downtime</mark>");
    }

    @Test
    void traditionalCharactersInAQueryAreFoldedToSimplified() {
        SearchResults traditional = INDEX.search("服務積分", "zh-CN", 10);

        assertThat(traditional.total()).isEqualTo(INDEX.search("服务积分", "zh-CN", 10).total()).isGreaterThan(0);
        assertThat(traditional.hits().get(0).titleHtml() + traditional.hits().get(0).snippetHtml())
                .contains("<mark>服务积分</mark>");
        assertThat(traditional.query()).isEqualTo("服務積分");
    }

    @Test
    void blankQueryAndLuceneSyntaxAnswerWithoutFailing() {
        assertThat(INDEX.search("   ", "en", 10).total()).isZero();
        assertThat(INDEX.search("\"credit AND (", "en", 10).total()).isGreaterThan(0);
        assertThat(INDEX.search("*:*", "en", 10).total()).isZero();
        assertThat(INDEX.search("xyzzyplugh", "en", 10).total()).isZero();
        assertThat(INDEX.search("<script>alert(1)</script>", "en", 10).total()).isZero();
        assertThat(INDEX.search("service xyzzyplugh", "en", 10).total()).isZero();
    }

    @Test
    void highlightingEscapesHtmlAndAddsOnlyMarkTags() {
        SearchIndex index = new SearchIndex();
        index.replace(List.of(new SearchEntry(SearchKind.FAQ_ENTRY, "en", "<b>Credit</b> question", "general",
                "Before <script>alert('credit')</script> & <img src=x onerror=alert(1)> the credit is paid.",
                "/faq/general#x")));

        SearchHit hit = index.search("credit", "en", 10).hits().get(0);

        String html = hit.titleHtml() + hit.snippetHtml();
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;script&gt;").contains("&amp;").contains("<mark>credit</mark>")
                .contains("&lt;b&gt;<mark>Credit</mark>&lt;/b&gt;");
        assertThat(html.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
    }
}
