package cn.slaportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.version.NewSlaVersion;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import cn.slaportal.web.search.ContentChangedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;

/**
 * Search and diff as a visitor uses them in Chromium, in both languages, with axe checks and screenshots.
 * Runs in its own application context because it publishes a scheduled version 2 of service-bus.
 */
@TestPropertySource(properties = "sla.test.context=features-browser")
class SearchAndDiffBrowserIT extends BrowserTestSupport {

    @Autowired
    private SlaVersionStore store;

    @Autowired
    private ApplicationEventPublisher events;

    @BeforeAll
    void publishVersion2() {
        if (store.nextNumber("service-bus") == 2) {
            SlaVersionRecord v1 = store.version("service-bus", 1).orElseThrow();
            store.publish(new NewSlaVersion("service-bus", 2, v1.summary().title(),
                    new LocalizedText("Raises the relay commitment.", "提高中继承诺。"),
                    new LocalizedText(v1.body().en().replaceFirst("at least 99\\.9%", "at least 99.95%"),
                            v1.body().zhCn().replaceFirst("至少 99\\.9%", "至少 99.95%")),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), LocalDate.now().plusDays(100), true, "features-it",
                    VersionOrigin.ADMIN, store.rules("service-bus", 1).orElseThrow()));
            events.publishEvent(new ContentChangedEvent("version 2 published through the store"));
        }
    }

    @Test
    void chineseSearchForServiceCreditLeadsToTheClause() {
        open("/search?lang=zh-CN");
        SearchResultsView results = new PortalPage(driver()).searchFor("服务积分", SearchResultsView::loaded);

        assertThat(results.language()).isEqualTo("zh-CN");
        assertThat(results.countLine()).contains("服务积分").contains("条结果");
        assertThat(results.highlightedWords()).contains("服务积分");
        assertAccessible();
        screenshot("search", "zh-CN");

        PortalPage clause = results.openResultLeadingTo("/sla/service-bus#clause-3-4");
        assertThat(clause.path()).isEqualTo("/sla/service-bus");
        assertThat(clause.fragment()).isEqualTo("clause-3-4");
        assertThat(new SearchResultsView(driver()).targetedHeading()).contains("服务积分");
    }

    @Test
    void englishSearchShowsRankedHighlightedResults() {
        open("/search?lang=en&q=availability+set");
        SearchResultsView results = new SearchResultsView(driver());

        assertThat(results.language()).isEqualTo("en");
        assertThat(results.resultTitles().get(0)).contains("availability set");
        assertThat(results.highlightedWords()).anySatisfy(word -> assertThat(word.toLowerCase()).contains("availability"));
        assertAccessible();
        screenshot("search", "en");
    }

    @Test
    void diffMarksChangesInBothLanguages() {
        open("/sla/service-bus/diff?lang=en");
        VersionDiffView picker = new VersionDiffView(driver());
        assertThat(picker.errorText()).contains("Choose two versions");

        VersionDiffView diff = picker.compare(1, 2);
        assertThat(diff.heading()).isEqualTo("Changes from version 1 to version 2");
        assertThat(diff.counts()).contains("1 changed");
        assertThat(diff.insertions()).anySatisfy(text -> assertThat(text).contains("99.95"));
        assertThat(diff.deletions()).anySatisfy(text -> assertThat(text).contains("99.9"));
        assertAccessible();
        diff.showFirstChange();
        screenshot("diff", "en");

        open("/sla/service-bus/diff?from=1&to=2&lang=zh-CN");
        VersionDiffView chinese = new VersionDiffView(driver());
        assertThat(chinese.heading()).isEqualTo("从版本 1 到版本 2 的变更");
        assertThat(chinese.insertions()).anySatisfy(text -> assertThat(text).contains("99.95"));
        assertAccessible();
        chinese.showFirstChange();
        screenshot("diff", "zh-CN");
    }

    @Test
    void bilingualViewIsAccessible() {
        open("/sla/dynamics-365/versions/1/bilingual?lang=zh-CN");

        assertThat(new PortalPage(driver()).heading()).isEqualTo("版本 1 英文与中文对照");
        assertAccessible();
    }
}
