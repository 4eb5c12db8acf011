package cn.slaportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.persistence.version.NewSlaVersion;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import cn.slaportal.web.search.ContentChangedEvent;

/**
 * A visitor's walk through the public portal in Chromium: home page in Chinese, switch to English on the same
 * page, the SLAs, a document and its contents, the history, the FAQ and the error page. Every page is checked
 * with axe-core in both languages and photographed for docs/screenshots. Publishes a scheduled version 2 of
 * service-bus (its own application context) so that the banner and the history show.
 */
@TestPropertySource(properties = "sla.test.context=portal-browser")
class PublicPortalBrowserIT extends BrowserTestSupport {

    @Autowired
    private SlaVersionStore store;

    @Autowired
    private ApplicationEventPublisher events;

    @BeforeAll
    void publishScheduledVersion2() {
        if (store.nextNumber("service-bus") == 2) {
            SlaVersionRecord v1 = store.version("service-bus", 1).orElseThrow();
            store.publish(new NewSlaVersion("service-bus", 2, v1.summary().title(),
                    new LocalizedText("Raises the Service Bus Relays commitment to 99.95%.", "将服务总线中继的承诺提高到 99.95%。"),
                    new LocalizedText(v1.body().en().replaceFirst("at least 99\\.9%", "at least 99.95%"),
                            v1.body().zhCn().replaceFirst("至少 99\\.9%", "至少 99.95%")),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), LocalDate.now(SlaTime.ZONE).plusDays(100), true,
                    "portal-browser-it", VersionOrigin.ADMIN, store.rules("service-bus", 1).orElseThrow()));
            events.publishEvent(new ContentChangedEvent("version 2 published through the store"));
        }
    }

    @BeforeEach
    void freshVisitor() {
        useDesktopSize();
        open("/favicon.svg");
        driver().manage().deleteAllCookies();
    }

    @Test
    void homeInChineseSwitchesToEnglishOnTheSamePage() {
        open("/");
        HomePage home = new HomePage(driver());

        assertThat(home.language()).isEqualTo("zh-CN");
        assertThat(home.heading()).isEqualTo("服务级别协议与支持");
        assertThat(home.documentTitles()).contains("服务总线服务级别协议");
        assertThat(home.otherLanguageLink()).isEqualTo("English");
        assertThat(home.hasSkipLinkToMain()).isTrue();

        HomePage english = home.switchLanguage(HomePage::new);

        assertThat(english.language()).isEqualTo("en");
        assertThat(english.path()).isEqualTo("/");
        assertThat(english.heading()).isEqualTo("Service level agreements and support");
        assertThat(english.otherLanguageLink()).isEqualTo("简体中文");
        open("/faq");
        assertThat(new PortalPage(driver()).language()).as("the language is remembered").isEqualTo("en");
    }

    @Test
    void languageSwitchKeepsADeepPage() {
        open("/sla/service-bus/versions?lang=zh-CN");
        VersionHistoryPage chinese = new VersionHistoryPage(driver());

        VersionHistoryPage english = chinese.switchLanguage(VersionHistoryPage::new);

        assertThat(english.path()).isEqualTo("/sla/service-bus/versions");
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.heading()).isEqualTo("Version history: SLA for Service Bus");
    }

    @Test
    void visitorReadsAnSlaAndJumpsToAClauseFromTheContents() {
        open("/?lang=en");
        SlaIndexPage index = new HomePage(driver()).openSlaIndexFromNavigation();

        assertThat(index.path()).isEqualTo("/sla");
        assertThat(index.documents()).contains("SLA for Service Bus");
        assertThat(index.serviceLevels()).contains("Service Bus Relays", "Dynamics 365 for Finance and Operations");

        SlaDocumentPage document = index.open("SLA for Service Bus");

        assertThat(document.path()).isEqualTo("/sla/service-bus");
        assertThat(document.heading()).isEqualTo("SLA for Service Bus");
        assertThat(document.breadcrumb()).containsExactly("Home", "SLAs", "SLA for Service Bus");
        assertThat(document.creditTableRows()).contains("Less than 99.9% and at least 99% 10%", "Less than 99% 25%");
        assertThat(document.scheduledBanner()).hasValueSatisfying(banner -> assertThat(banner)
                .contains("A revised version takes effect soon").contains("Version 2").contains("See what changes"));
        assertThat(document.contents()).anySatisfy(entry -> assertThat(entry).contains("3.2").contains("Service credit claims"));

        WebElement clause = document.jumpToClause("3.2");

        assertThat(document.fragment()).isEqualTo("clause-3-2");
        assertThat(clause.getText()).isEqualTo("3.2 Service credit claims");
        assertThat(document.isScrolledIntoView(clause)).isTrue();
    }

    @Test
    void historyShowsTheScheduledVersionAsNotInForce() {
        open("/sla/service-bus?lang=en");
        VersionHistoryPage history = new SlaDocumentPage(driver()).openVersionHistory();

        assertThat(history.versions()).hasSize(2);
        assertThat(history.versions().get(0)).contains("Version 2").contains("Scheduled").contains("Adverse material change");
        assertThat(history.versions().get(1)).contains("Version 1").contains("In force");

        SlaDocumentPage version2 = history.openVersion(2);

        assertThat(version2.path()).isEqualTo("/sla/service-bus/versions/2");
        assertThat(version2.scheduledBanner()).hasValueSatisfying(notice ->
                assertThat(notice).contains("This version is not in force yet"));
    }

    @Test
    void faqCategoryShowsItsQuestionsAndAnEmptyCategoryHelps() {
        open("/faq/general?lang=en");
        FaqCategoryPage general = new FaqCategoryPage(driver());

        assertThat(general.questions()).hasSize(14).contains("What is Azure?");
        assertThat(general.entryAnchors()).contains("what-is-azure");
        assertThat(general.emptyNotice()).isEmpty();

        open("/faq/registration?lang=zh-CN");
        FaqCategoryPage registration = new FaqCategoryPage(driver());

        assertThat(registration.questions()).isEmpty();
        assertThat(registration.emptyNotice()).hasValueSatisfying(notice -> assertThat(notice).contains("此类别暂无问题"));
        assertThat(registration.otherCategories()).contains("常规问题", "实施和维护");
    }

    @Test
    void notFoundPageInBothLanguages() {
        open("/sla/no-such-document?lang=en");
        ErrorPage english = new ErrorPage(driver());

        assertThat(english.language()).isEqualTo("en");
        assertThat(english.statusLine()).isEqualTo("Error 404");
        assertThat(english.heading()).isEqualTo("Page not found");
        assertThat(english.offersTheWayHome()).isTrue();

        ErrorPage chinese = english.switchLanguage(ErrorPage::new);

        assertThat(chinese.language()).isEqualTo("zh-CN");
        assertThat(chinese.statusLine()).isEqualTo("错误 404");
        assertThat(chinese.path()).isEqualTo("/sla/no-such-document");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "home, en, /", "home, zh-CN, /",
            "sla, en, /sla", "sla, zh-CN, /sla",
            "sla-service-bus, en, /sla/service-bus", "sla-service-bus, zh-CN, /sla/service-bus",
            "sla-dynamics-365, en, /sla/dynamics-365", "sla-dynamics-365, zh-CN, /sla/dynamics-365",
            "versions, en, /sla/service-bus/versions", "versions, zh-CN, /sla/service-bus/versions",
            "version-scheduled, en, /sla/service-bus/versions/2", "version-scheduled, zh-CN, /sla/service-bus/versions/2",
            "faq, en, /faq", "faq, zh-CN, /faq",
            "faq-general, en, /faq/general", "faq-general, zh-CN, /faq/general",
            "faq-implementation, en, /faq/implementation-maintenance", "faq-implementation, zh-CN, /faq/implementation-maintenance",
            "faq-empty, en, /faq/billing", "faq-empty, zh-CN, /faq/billing",
            "error-404, en, /no/such/page", "error-404, zh-CN, /no/such/page",
            "api, en, /api", "api, zh-CN, /api"
    })
    void everyPublicPageIsAccessible(String name, String language, String path) {
        open(path + "?lang=" + language);

        assertThat(new PortalPage(driver()).language()).isEqualTo(language);
        assertAccessible();
        screenshot(name, language);
    }

    @Test
    void printedSlaVersionKeepsClauseNumbersDropsNavigationAndPrintsLinkAddresses() {
        open("/sla/dynamics-365?lang=en");
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) driver();
        org.openqa.selenium.JavascriptExecutor js = chrome;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            for (String hidden : new String[] {".site-header", ".site-footer", ".breadcrumb", ".toc", ".pdf-link"}) {
                assertThat(js.executeScript("return getComputedStyle(document.querySelector(arguments[0])).display;", hidden))
                        .as(hidden + " in print").isEqualTo("none");
            }
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('.doc-text a[href=\"/login\"]'), '::after').content;"))
                    .asString().contains("/login");
            assertThat(js.executeScript("return document.querySelector('#clause-6').innerText;")).asString()
                    .startsWith("6. ");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    @Test
    void slaPageReadsWellOnAPhone() {
        usePhoneSize();
        open("/sla/service-bus?lang=zh-CN");
        SlaDocumentPage document = new SlaDocumentPage(driver());

        assertThat(document.heading()).isEqualTo("服务总线服务级别协议");
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
        assertThat(overflow).as("no horizontal scrolling of the page").isEqualTo(false);
        assertAccessible();
        screenshot("sla-service-bus-phone", "zh-CN");
        open("/sla/service-bus?lang=en");
        screenshot("sla-service-bus-phone", "en");
    }
}
