package cn.slaportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo administrator's walk through the administration in Chromium, in both languages: the start page, a
 * refused incident form, organisations, the delivery ledger, FAQ editing and the audit log. Every page is checked with
 * axe-core and photographed for docs/screenshots. Shares the customer walk's application context (same profile and
 * properties), so it starts no second portal.
 */
@ActiveProfiles("demo")
@TestPropertySource(properties = "sla.test.context=customer-browser")
class AdminAreaBrowserIT extends BrowserTestSupport {

    private static final String ADMIN = "admin@slaportal.demo";
    private static final String ADMIN_PASSWORD = "demo-admin-2026";

    @BeforeEach
    void freshVisitor() {
        useDesktopSize();
        open("/favicon.svg");
        driver().manage().deleteAllCookies();
    }

    @Test
    void theAdministrationInChineseAndEnglish() {
        open("/login?lang=zh-CN");
        new SignInPage(driver()).signIn(ADMIN, ADMIN_PASSWORD);
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertThat(new AdminPage(driver()).path()).isEqualTo("/admin");
        for (String language : new String[] {"zh-CN", "en"}) {
            open("/admin?lang=" + language);
            AdminPage home = new AdminPage(driver());
            assertThat(home.language()).isEqualTo(language);
            assertThat(home.adminNavigation()).hasSize(8);
            assertAccessible();
            screenshot("admin", language);

            AdminPage incidents = home.openFromAdminNavigation("/admin/incidents");
            assertThat(incidents.mainText()).contains("DEMO-INC-0001");
            assertAccessible();
            open("/admin/incidents/new");
            AdminPage refused = new AdminPage(driver()).submit("save-incident");
            assertThat(refused.formErrors()).hasSizeGreaterThanOrEqualTo(4);
            assertAccessible();
            screenshot("admin-incident-refused", language);

            AdminPage organisations = refused.openFromAdminNavigation("/admin/organisations");
            assertAccessible();
            open("/admin/organisations/1");
            assertThat(new AdminPage(driver()).mainText()).contains("alice@contoso.demo");
            assertAccessible();
            screenshot("admin-organisation", language);

            AdminPage deliveries = organisations.openFromAdminNavigation("/admin/deliveries");
            assertAccessible();
            AdminPage faq = deliveries.openFromAdminNavigation("/admin/faq");
            assertAccessible();
            AdminPage audit = faq.openFromAdminNavigation("/admin/audit");
            assertThat(audit.mainText()).contains("incident.record");
            assertAccessible();
            screenshot("admin-audit", language);
        }
    }
}
