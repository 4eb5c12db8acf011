package cn.slaportal.web.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.persistence.version.NewSlaVersion;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import cn.slaportal.web.PortalHttp;
import cn.slaportal.web.search.ContentChangedEvent;

/**
 * The SLA pages over real HTTP, with a scheduled, adverse version 2 of service-bus published through the store
 * (its own application context, so other tests keep the imported content only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sla.test.context=portal-sla-pages")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaPagesIT {

    private static final String V2_SUMMARY_EN = "Raises the relay commitment to 99.95 percent.";

    @LocalServerPort
    private int port;

    @Autowired
    private SlaVersionStore store;

    @Autowired
    private ApplicationEventPublisher events;

    private PortalHttp http;
    private LocalDate v2Effective;

    @BeforeAll
    void publishScheduledVersion2() {
        http = new PortalHttp(port);
        v2Effective = LocalDate.now(SlaTime.ZONE).plusDays(100);
        SlaVersionRecord v1 = store.version("service-bus", 1).orElseThrow();
        store.publish(new NewSlaVersion("service-bus", 2, v1.summary().title(),
                new LocalizedText(V2_SUMMARY_EN, "将中继承诺提高到 99.95%。"),
                new LocalizedText(v1.body().en().replaceFirst("at least 99\\.9%", "at least 99.95%"),
                        v1.body().zhCn().replaceFirst("至少 99\\.9%", "至少 99.95%")),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), v2Effective, true, "portal-it", VersionOrigin.ADMIN, store.rules("service-bus", 1).orElseThrow()));
        SlaVersionRecord dynamics = store.version("dynamics-365", 1).orElseThrow();
        store.publish(new NewSlaVersion("dynamics-365", 2, dynamics.summary().title(),
                new LocalizedText("Clarifies the support contacts.", "明确支持联系方式。"), dynamics.body(),
                Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS),
                LocalDate.now(SlaTime.ZONE).minusDays(1), false, "portal-it", VersionOrigin.ADMIN, store.rules("dynamics-365", 1).orElseThrow()));
        events.publishEvent(new ContentChangedEvent("versions published through the store"));
    }

    @Test
    void slaIndexListsDocumentsLevelsAndCreditTiers() {
        HttpResponse<String> page = http.get("/sla?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"en\"")
                .contains("Service Bus Relays").contains("Notification Hubs (Basic and Standard tiers)")
                .contains("Dynamics 365 for Finance and Operations")
                .contains("Guaranteed Monthly Uptime Percentage: at least 99.9%")
                .contains("Less than 99.9% and at least 99%").contains("25%")
                .contains("Less than 95%").contains("100%");
    }

    @Test
    void documentPageShowsTheVersionInForceWithClauseAnchorsAndContents() {
        HttpResponse<String> page = http.get("/sla/service-bus?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h3 id=\"clause-3-2\">3.2 Service credit claims</h3>")
                .contains("href=\"#clause-3-2\"")
                .contains("<li id=\"clause-3-3-1\">")
                .contains("at least 99.9% of the time")
                .doesNotContain("at least 99.95% of the time")
                .contains("<table class=\"data-table\">");
    }

    @Test
    void documentPageAnnouncesTheScheduledVersionWithALinkToTheDiff() {
        String english = http.get("/sla/service-bus?lang=en").body();
        String chinese = http.get("/sla/service-bus?lang=zh-CN").body();

        assertThat(english).contains("A revised version takes effect soon")
                .contains("/sla/service-bus/diff?from=1&amp;to=2")
                .contains(V2_SUMMARY_EN)
                .contains("adverse material changes");
        assertThat(chinese).contains("修订版本即将生效").contains("/sla/service-bus/diff?from=1&amp;to=2")
                .contains("将中继承诺提高到 99.95%。");
    }

    @Test
    void documentWithoutScheduledVersionHasNoBanner() {
        assertThat(http.get("/sla/dynamics-365?lang=en").body()).doesNotContain("A revised version takes effect soon");
    }

    @Test
    void historyListsEveryVersionWithItsStatus() {
        String body = http.get("/sla/service-bus/versions?lang=en").body();

        assertThat(body).contains("Version 2").contains("Version 1")
                .contains("badge badge-scheduled").contains("badge badge-current")
                .contains("Adverse material change")
                .contains("/sla/service-bus/versions/2").contains("/sla/service-bus/diff?from=1&amp;to=2");
        assertThat(body.indexOf("Version 2")).isLessThan(body.indexOf("Version 1"));
    }

    @Test
    void scheduledVersionIsClearlyMarkedAsNotInForce() {
        HttpResponse<String> page = http.get("/sla/service-bus/versions/2?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("This version is not in force yet")
                .contains("at least 99.95% of the time")
                .contains("Read the version in force")
                .contains("<dt>Takes effect on</dt>").doesNotContain("In force since");
        assertThat(http.get("/sla/service-bus/versions/2").body()).contains("<dt>计划生效日期</dt>");
        assertThat(http.get("/sla/service-bus/versions/1?lang=en").body())
                .contains("This is the version in force today.").contains("<dt>In force since</dt>");
    }

    @Test
    void replacedVersionIsClearlyMarkedAsNoLongerInForce() {
        String lastDay = LocalDate.now(SlaTime.ZONE).minusDays(2)
                .format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        String body = http.get("/sla/dynamics-365/versions/1?lang=en").body();

        assertThat(body).contains("This version has been superseded").contains("badge badge-superseded")
                .contains("It applied from 1 Apr 2019 to " + lastDay + ".")
                .contains("Read the version in force");
        assertThat(http.get("/sla/dynamics-365/versions?lang=en").body()).contains("Superseded");
        assertThat(http.get("/sla/dynamics-365?lang=en").body()).contains("<dd>2</dd>");
    }

    @Test
    void unknownDocumentAndVersionAnswerTheLocalised404Page() {
        HttpResponse<String> document = http.get("/sla/no-such-sla?lang=en");
        HttpResponse<String> version = http.get("/sla/service-bus/versions/9?lang=zh-CN");

        assertThat(document.statusCode()).isEqualTo(404);
        assertThat(document.body()).contains("<html lang=\"en\"").contains("There is no SLA document called “no-such-sla”.");
        assertThat(version.statusCode()).isEqualTo(404);
        assertThat(version.body()).contains("<html lang=\"zh-CN\"").contains("SLA“service-bus”不存在版本 9。");
    }

    @Test
    void publishedVersionPageCarriesValidatorsAndAnswers304ToAConditionalGet() {
        HttpResponse<String> first = http.get("/sla/service-bus/versions/1?lang=en");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(first.headers().allValues("Vary").toString().toLowerCase()).contains("accept-language").contains("cookie");

        HttpResponse<String> again = http.get("/sla/service-bus/versions/1?lang=en", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        HttpResponse<String> since = http.get("/sla/service-bus/versions/1?lang=en", "If-Modified-Since", lastModified);
        assertThat(since.statusCode()).isEqualTo(304);
    }

    @Test
    void validatorsDifferBetweenLanguagesAndVersions() {
        String english = http.get("/sla/service-bus?lang=en").headers().firstValue("ETag").orElseThrow();
        String chinese = http.get("/sla/service-bus?lang=zh-CN").headers().firstValue("ETag").orElseThrow();
        String version2 = http.get("/sla/service-bus/versions/2?lang=en").headers().firstValue("ETag").orElseThrow();

        assertThat(english).isNotEqualTo(chinese).isNotEqualTo(version2);
        assertThat(http.get("/sla/service-bus?lang=zh-CN", "If-None-Match", english).statusCode()).isEqualTo(200);
        assertThat(http.get("/sla/service-bus?lang=en", "If-None-Match", english).statusCode()).isEqualTo(304);
    }

    @Test
    void repeatedViewsGetTheSameBytesAndGzipWhenAccepted() throws IOException {
        String first = http.get("/sla/dynamics-365?lang=en").body();
        String second = http.get("/sla/dynamics-365?lang=en").body();
        HttpResponse<byte[]> zipped = http.getBytes("/sla/dynamics-365?lang=en", "Accept-Encoding", "gzip");

        assertThat(second).isEqualTo(first).contains("<html lang=\"en\"");
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(zipped.headers().firstValue("Content-Security-Policy")).isPresent();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first);
        }
    }

    @Test
    void pagesSetContentLanguageAndSecurityHeaders() {
        HttpResponse<String> page = http.get("/sla/service-bus", "Accept-Language", "en-US,en;q=0.9");

        assertThat(page.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("style-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.body()).doesNotContain("style=\"").doesNotContain("<script");
    }
}
