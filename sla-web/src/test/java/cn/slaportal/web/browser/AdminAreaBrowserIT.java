package cn.slaportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.SlaTime;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.notice.MailOutboxStore;
import cn.slaportal.persistence.subscription.NewSubscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.draft.NewSlaDocument;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo administrator's walk through the administration in Chromium, in both languages: the start page, a
 * refused incident form, organisations, the delivery ledger, FAQ editing and the audit log; and the publication of a
 * revised SLA with 90 days' notice, on a new document the walk creates (so that no other test sees changed content).
 * Every page is checked with axe-core and photographed for docs/screenshots. Shares the customer walk's application context (same profile and
 * properties), so it starts no second portal.
 */
@ActiveProfiles("demo")
@TestPropertySource(properties = "sla.test.context=customer-browser")
class AdminAreaBrowserIT extends BrowserTestSupport {

    private static final String ADMIN = "admin@slaportal.demo";
    private static final String ADMIN_PASSWORD = "demo-admin-2026";
    private static final String REVIEWER = "reviewer@slaportal.demo";
    private static final String REVIEWER_PASSWORD = "demo-reviewer-2026";
    private static final String CUSTOMER_PASSWORD = "notice walk password";

    @Autowired
    private AccountStore accounts;
    @Autowired
    private SubscriptionStore subscriptions;
    @Autowired
    private PasswordEncoder passwords;
    @Autowired
    private GreenMail demoSmtp;

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

    /**
     * Per language: a new SLA document created in the form (a bad slug refused first) and published by the second
     * administrator; a customer with a term on its level; a revision with an adverse change refused at short notice
     * naming the earliest allowed day, fixed, submitted, refused to its own author, published by the reviewer; then the
     * banner, the diff, the feed, the customer's notice and the e-mail in GreenMail.
     */
    @Test
    void aRevisedSlaIsPublishedWithNinetyDaysNoticeAfterReviewAndTheCustomerIsToldInBothLanguages() throws Exception {
        LocalDate today = LocalDate.now(SlaTime.ZONE);
        for (String language : new String[] {"zh-CN", "en"}) {
            NewSlaDocument document = NewSlaDocument.fresh();
            signIn(ADMIN, ADMIN_PASSWORD);
            open("/admin/drafts?lang=" + language);
            PageLoads.afterNavigating(driver(), () -> driver().findElement(org.openqa.selenium.By.id("new-document")).click());
            DraftPage form = new DraftPage(driver());
            assertThat(form.path()).isEqualTo("/admin/documents/new");
            assertAccessible();
            form.fill("slug", "Event Hubs").fill("titleEn", document.titleEn()).fill("titleZh", document.titleZh())
                    .fill("summaryEn", "First publication.").fill("summaryZh", "首次发布。")
                    .fill("effectiveFrom", today.toString()).fill("bodyEn", document.bodyEn())
                    .fill("bodyZh", document.bodyZh()).fill("rules", document.rules());
            screenshot("admin-new-document", language);
            DraftPage refused = form.press("create-document");
            assertThat(refused.fieldError("slug")).isNotEmpty();
            assertThat(refused.value("titleZh")).isEqualTo(document.titleZh());
            assertAccessible();
            DraftPage first = refused.fill("slug", document.slug()).press("create-document");
            assertThat(first.path()).startsWith("/admin/drafts/");
            assertThat(first.checks()).isEmpty();
            assertAccessible();
            String firstDraft = first.path();
            first.press("submit-draft");

            signIn(REVIEWER, REVIEWER_PASSWORD);
            open(firstDraft + "?lang=" + language);
            assertThat(new DraftPage(driver()).press("publish-draft").path()).isEqualTo("/sla/" + document.slug() + "/versions/1");

            String customer = customerWithATermOn(document.level(), today);
            signIn(ADMIN, ADMIN_PASSWORD);
            open("/admin/drafts?lang=" + language);
            DraftPage revision = new DraftPage(driver()).choose("document", document.slug()).press("start-draft-button");
            revision.fill("summaryEn", "Claims within one month.").fill("summaryZh", "索赔期限缩短为一个月。")
                    .fill("bodyEn", document.revisedBodyEn()).fill("bodyZh", document.revisedBodyZh())
                    .fill("rules", document.revisedRules()).fill("effectiveFrom", today.plusDays(10).toString())
                    .tick("adverse");
            DraftPage tooSoon = revision.press("save-draft").press("submit-draft");
            assertThat(tooSoon.checks()).anySatisfy(check -> assertThat(check).contains(today.plusDays(90).toString()));
            assertThat(tooSoon.formErrors()).isNotEmpty();
            assertAccessible();
            DraftPage submitted = tooSoon.fill("effectiveFrom", today.plusDays(90).toString()).press("save-draft")
                    .press("submit-draft");
            assertThat(submitted.checks()).isEmpty();
            String draft = submitted.path();
            DraftPage ownPublication = submitted.press("publish-draft");
            assertThat(ownPublication.path()).as("the author cannot publish their own draft").isEqualTo(draft + "/publish");
            assertThat(ownPublication.formErrors()).hasSize(1);

            signIn(REVIEWER, REVIEWER_PASSWORD);
            open(draft + "?lang=" + language);
            DraftPage review = new DraftPage(driver());
            assertThat(driver().findElements(org.openqa.selenium.By.cssSelector(".diff-clause.diff-changed")))
                    .as("the clause-aligned diff against version 1").isNotEmpty();
            assertAccessible();
            assertThat(review.press("publish-draft").path()).isEqualTo("/sla/" + document.slug() + "/versions/2");

            open("/sla/" + document.slug() + "?lang=" + language);
            assertThat(driver().findElement(org.openqa.selenium.By.id("scheduled-banner-title")).isDisplayed()).isTrue();
            open("/sla/" + document.slug() + "/diff?from=1&to=2&lang=" + language);
            assertThat(driver().findElement(org.openqa.selenium.By.cssSelector(".diff-count-changed strong")).getText())
                    .isEqualTo("1");
            open("/sla/feed.atom");
            assertThat(driver().getPageSource()).contains("/sla/" + document.slug() + "/versions/2");

            signIn(customer, CUSTOMER_PASSWORD);
            open("/account/notices?lang=" + language);
            assertThat(new AccountPage(driver()).mainText())
                    .contains(language.equals("en") ? document.titleEn() : document.titleZh());
            assertAccessible();
            assertThat(noticeMailTo(customer)).as("the notice e-mail in GreenMail").isPresent();
        }
    }

    private void signIn(String email, String password) {
        open("/favicon.svg");
        driver().manage().deleteAllCookies();
        open("/login");
        new SignInPage(driver()).signIn(email, password);
    }

    /** A customer of an organisation of its own with a current term on {@code level}; its e-mail address. */
    private String customerWithATermOn(String level, LocalDate today) {
        long organisation = accounts.createOrganisation("Notice walk " + level, Instant.now()).id();
        String email = "customer-" + level + "@example.test";
        accounts.createUser(new NewUserAccount(email, "Notice Walk", passwords.encode(CUSTOMER_PASSWORD), Role.CUSTOMER,
                Optional.of(organisation)), Instant.now());
        subscriptions.create(new NewSubscription(organisation, new ServiceLevelSlug(level), today, today.plusYears(1),
                BillingDay.CALENDAR, Money.cny("1000.00"), Optional.empty(), Optional.empty()), Instant.now());
        return email;
    }

    /** The notice e-mail to {@code recipient}, waited for while the delivery job runs (every 20 s in the demo). */
    private Optional<MimeMessage> noticeMailTo(String recipient) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<MimeMessage> found = Arrays.stream(demoSmtp.getReceivedMessages())
                    .filter(message -> sentTo(message, recipient)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    private static boolean sentTo(MimeMessage message, String recipient) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null
                    && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().contains(recipient));
        } catch (MessagingException unreadable) {
            return false;
        }
    }
}
