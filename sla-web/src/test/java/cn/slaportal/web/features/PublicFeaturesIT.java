package cn.slaportal.web.features;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.faq.FaqContent;
import cn.slaportal.persistence.faq.FaqEntry;
import cn.slaportal.persistence.faq.FaqStore;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.web.search.ContentChangedEvent;
import java.time.Instant;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Search, diff, the JSON twin, the Atom feed and the documents API over real HTTP, on content imported at
 * start-up plus a scheduled version 2 of service-bus published through the store (own context and database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sla.test.context=features-pages")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicFeaturesIT {

    @LocalServerPort
    private int port;

    @Autowired
    private SlaVersionStore store;

    @Autowired
    private FaqStore faq;

    @Autowired
    private ApplicationEventPublisher events;

    private HttpPages http;

    @BeforeAll
    void publishVersion2() {
        http = new HttpPages(port);
        SlaFixtures.scheduledServiceBusVersion2(store, events);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void chineseSearchFindsServiceCreditClausesWithHighlights() throws Exception {
        HttpResponse<String> page = http.get("/search?lang=zh-CN&q=" + q("服务积分"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\"").contains("<mark>服务积分</mark>")
                .contains("href=\"/sla/service-bus#clause-3-4\"").contains("条结果");
    }

    @Test
    void chineseSearchFindsDowntimeAndAvailabilitySet() throws Exception {
        assertThat(http.get("/search?lang=zh-CN&q=" + q("停机")).body()).contains("href=\"/sla/dynamics-365#clause-2\"");
        assertThat(http.get("/search?lang=zh-CN&q=" + q("可用性集")).body())
                .contains("href=\"/faq/implementation-maintenance#what-is-availability-set\"");
    }

    @Test
    void englishSearchRanksAndHighlights() throws Exception {
        HttpResponse<String> page = http.get("/search?lang=en&q=" + q("service credits"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"").contains("<mark>").contains("results for")
                .contains("href=\"/sla/service-bus#clause-3-4\"");
    }

    @Test
    void englishQueryOnAChinesePageFindsTheEnglishTextsLabelledAsSuch() throws Exception {
        String body = http.get("/search?lang=zh-CN&q=" + q("availability set")).body();

        assertThat(body).contains("href=\"/faq/implementation-maintenance?lang=en#what-is-availability-set\"")
                .contains("lang=\"en\"").contains("英文内容").contains("<mark>");
    }

    @Test
    void chineseQueryOnAnEnglishPageFindsTheChineseTextsLabelledAsSuch() throws Exception {
        String body = http.get("/search?lang=en&q=" + q("服务积分")).body();

        assertThat(body).contains("href=\"/sla/service-bus?lang=zh-CN#clause-3-4\"").contains("Chinese text")
                .contains("<mark>服务积分</mark>");
    }

    @Test
    void searchFoldsTraditionalCharactersAndForgivesEnglishTypos() throws Exception {
        assertThat(http.get("/search?lang=zh-CN&q=" + q("服務積分")).body())
                .contains("<mark>服务积分</mark>").contains("href=\"/sla/service-bus#clause-3-4\"");
        assertThat(http.get("/search?lang=en&q=" + q("downtme")).body())
                .contains("href=\"/sla/dynamics-365#clause-2\"").contains("<mark>Downtime</mark>");
    }

    @Test
    void switchingLanguageKeepsTheQuery() throws Exception {
        assertThat(http.get("/search?lang=en&q=downtime").body())
                .contains("href=\"/search?q=downtime&amp;lang=zh-CN\"");
    }

    @Test
    void searchEscapesTheQueryAndHelpsWhenNothingMatches() throws Exception {
        HttpResponse<String> page = http.get("/search?lang=en&q=" + q("<script>alert(1)</script>"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Check the spelling");
    }

    @Test
    void emptySearchShowsExamples() throws Exception {
        HttpResponse<String> page = http.get("/search?lang=zh-CN");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("您想查找什么？").contains("/search?q=" + q("服务积分"));
    }

    @Test
    void diffShowsChangedAndAddedClausesInEnglish() throws Exception {
        HttpResponse<String> page = http.get("/sla/service-bus/diff?from=1&to=2&lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Changes from version 1 to version 2")
                .contains("<ins><span class=\"diff-marker\">[+</span>99.95")
                .contains("<del><span class=\"diff-marker\">[-</span>99.9<")
                .contains(SlaFixtures.ADDED_HEADING_EN).contains("added</span>").contains("<details>");
    }

    @Test
    void diffComparesChineseByCharacter() throws Exception {
        HttpResponse<String> page = http.get("/sla/service-bus/diff?from=1&to=2&lang=zh-CN");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("从版本 1 到版本 2 的变更").contains(SlaFixtures.ADDED_HEADING_ZH)
                .contains("<ins><span class=\"diff-marker\">[+</span>");
    }

    @Test
    void badDiffRequestsAnswerLocalisedErrors() throws Exception {
        HttpResponse<String> notANumber = http.get("/sla/service-bus/diff?from=abc&to=2&lang=en");
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("A version is a whole number");

        HttpResponse<String> same = http.get("/sla/service-bus/diff?from=2&to=2&lang=zh-CN");
        assertThat(same.statusCode()).isEqualTo(400);
        assertThat(same.body()).contains("都是版本 2");

        HttpResponse<String> unknown = http.get("/sla/service-bus/diff?from=1&to=99&lang=en");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("This document has no version 99");

        assertThat(http.get("/sla/no-such-document/diff?from=1&to=2&lang=en").statusCode()).isEqualTo(404);
    }

    @Test
    void jsonTwinDescribesTheVersionAndAnswers304() throws Exception {
        HttpResponse<String> twin = http.get("/sla/service-bus/versions/1.json");

        assertThat(twin.statusCode()).isEqualTo(200);
        assertThat(twin.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(twin.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("immutable"));
        assertThat(twin.body()).contains("\"document\":\"service-bus\"", "\"number\":1", "\"effectiveFrom\":\"2016-03-01\"",
                "\"adverse\":false", "\"zh-CN\":", "\"clauses\":[", "\"number\":\"3.4\"", "\"text\":{\"en\":");
        String etag = twin.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.get("/sla/service-bus/versions/1.json", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<String> missing = http.get("/sla/service-bus/versions/42.json", "Accept-Language", "en");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"code\":\"version.json.error.unknown-version\"").contains("has no version 42");
    }

    @Test
    void atomFeedListsEveryVersionAsValidXml() throws Exception {
        HttpResponse<String> feed = http.get("/sla/feed.atom?lang=en");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        Element root = xml.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(root.getLocalName()).isEqualTo("feed");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(store.documentSlugs().stream().mapToInt(d -> store.versions(d).size()).sum());
        assertThat(feed.body()).contains("/sla/service-bus/diff?from=1&amp;to=2").contains("term=\"scheduled\"")
                .contains("term=\"adverse\"").contains("Raises the relay commitment");

        String etag = feed.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/sla/feed.atom?lang=en", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(http.get("/sla/feed.atom?lang=zh-CN").body()).contains("提高中继承诺并增加示例。");
    }

    @Test
    void documentsApiListsVersionsAndRefusesUnknownDocumentsInTheCallersLanguage() throws Exception {
        HttpResponse<String> list = http.get("/api/v1/documents/service-bus/versions");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).startsWith("[{\"number\":1,\"publishedAt\":\"").contains("\"effectiveFrom\":\"2016-03-01\"")
                .contains("\"number\":2").contains("\"adverse\":true").contains("\"summary\":{\"en\":");

        HttpResponse<String> unknown = http.get("/api/v1/documents/nope/versions", "Accept-Language", "zh-CN");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("{\"error\":{\"code\":\"version.json.error.unknown-document\",\"message\":\"不存在 SLA 文档“nope”。\"}}");
    }

    @Test
    void bilingualViewAlignsBothLanguagesByClause() throws Exception {
        HttpResponse<String> page = http.get("/sla/service-bus/versions/1/bilingual?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Version 1 in English and Chinese").contains("id=\"clause-3-4\"")
                .contains("<div class=\"bilingual-side\" lang=\"zh-CN\">").contains("服务积分").contains("Service credits");
        assertThat(http.get("/sla/service-bus/versions/77/bilingual?lang=en").statusCode()).isEqualTo(404);
    }

    @Test
    void searchIndexIsRebuiltFromTheDatabaseWhenContentChanges() throws Exception {
        FaqEntry entry = faq.entry("general", "what-is-azure").orElseThrow();
        FaqContent content = entry.content();
        faq.edit("general", "what-is-azure", entry.rowVersion(), new FaqContent(content.position(), content.title(),
                new LocalizedText(content.body().en() + " Zanzibarquux.", content.body().zhCn() + " 斑马鱼测试。"),
                content.updatedOn()), "features-it", Instant.now());

        events.publishEvent(new ContentChangedEvent("FAQ entry edited"));

        assertThat(http.get("/search?lang=en&q=zanzibarquux").body())
                .contains("href=\"/faq/general#what-is-azure\"").contains("<mark>Zanzibarquux</mark>");
        assertThat(http.get("/search?lang=zh-CN&q=" + q("斑马鱼测试")).body())
                .contains("href=\"/faq/general#what-is-azure\"").contains("<mark>斑马鱼测试</mark>");
    }
}
