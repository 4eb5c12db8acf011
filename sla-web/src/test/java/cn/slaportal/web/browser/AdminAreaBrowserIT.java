package cn.slaportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.notice.MailOutboxStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    private AccountStore accounts;
    @Autowired
    private MailOutboxStore outbox;

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

    /**
     * The pages and refusals the first walk does not reach, in both languages, each checked with axe-core: an incident
     * correction, FAQ editing and a revision diff, the drafts and a draft, a ledger filter that is not one, the refused
     * organisation, term, renewal and invitation forms, the 409 page of a stale enable/disable, and an invited
     * user's set-password page, refused too.
     */
    @Test
    void everyAdministrationPageAndRefusalIsAccessibleInChineseAndEnglish() {
        open("/login?lang=en");
        new SignInPage(driver()).signIn(ADMIN, ADMIN_PASSWORD);
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        open("/admin/drafts");
        String draft = new AdminPage(driver()).submit("start-draft-button").path();
        UserAccount bob = accounts.userByEmail("bob@contoso.demo").orElseThrow();
        for (String language : new String[] {"zh-CN", "en"}) {
            for (String page : List.of("/admin/incidents/1", "/admin/faq/general/data-security",
                    "/admin/faq/general/data-security/diff?from=1&to=1", "/admin/drafts", draft)) {
                open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                assertThat(new AdminPage(driver()).language()).isEqualTo(language);
                assertAccessible();
            }
            open("/admin/deliveries?status=BOGUS&lang=" + language);
            assertThat(new AdminPage(driver()).fieldErrors()).hasSize(1);
            assertAccessible();

            open("/admin/organisations");
            AdminPage refused = new AdminPage(driver()).submit("create-organisation");
            assertThat(refused.fieldErrors()).hasSize(1);
            assertAccessible();
            open("/admin/organisations/1");
            refused = new AdminPage(driver()).type("monthlyFee", "12.345").submit("create-term");
            assertThat(refused.fieldErrors()).isNotEmpty();
            assertAccessible();
            refused = refused.type(refused.firstId("input[id^='renew-end-']"), "2020-01-01")
                    .submit(refused.firstId("button[id^='renew-']"));
            assertThat(refused.fieldErrors()).isNotEmpty();
            assertAccessible();
            refused = refused.type("invite-email", "not an address").submit("send-invitation");
            assertThat(refused.fieldErrors()).hasSize(2);
            assertAccessible();

            open("/admin/organisations/1");
            UserAccount current = accounts.user(bob.id()).orElseThrow();
            accounts.setEnabled(bob.id(), accounts.setEnabled(bob.id(), current.rowVersion(), !current.enabled()).rowVersion(),
                    current.enabled());
            AdminPage conflict = new AdminPage(driver()).submit("toggle-" + bob.id());
            assertThat(conflict.mainText()).contains(bob.email());
            assertAccessible();
            assertThat(accounts.user(bob.id()).orElseThrow().enabled()).isEqualTo(current.enabled());

            open("/admin/organisations/1");
            String invited = "browser-" + UUID.randomUUID() + "@example.test";
            new AdminPage(driver()).type("invite-email", invited).type("invite-name", "Browser Invitee").submit("send-invitation");
            Matcher link = Pattern.compile("/invitation/[A-Za-z0-9_-]{43}").matcher(outbox.latest(Optional.empty(), 50).stream()
                    .filter(mail -> mail.recipient().equals(invited)).findFirst().orElseThrow().text());
            assertThat(link.find()).isTrue();
            driver().manage().deleteAllCookies();
            open(link.group() + "?lang=" + language);
            assertAccessible();
            AdminPage password = new AdminPage(driver()).type("password", "short").submit("set-password");
            assertThat(password.fieldErrors()).isNotEmpty();
            assertAccessible();
            open("/login?lang=" + language);
            new SignInPage(driver()).signIn(ADMIN, ADMIN_PASSWORD);
            new WebDriverWait(driver(), Duration.ofSeconds(30)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        }
    }
}
