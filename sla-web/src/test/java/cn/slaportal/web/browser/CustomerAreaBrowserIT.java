package cn.slaportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A demo customer's walk through the customer area in Chromium, in both languages: a deep link asks for sign-in
 * and lands where it pointed; the start page, subscriptions, notices (one marked read) and profile; a proposed
 * incident claimed with the customer's own facts, previewed without JavaScript and submitted with one press, then
 * withdrawn; a request for information answered. Every page is checked with axe-core and photographed for
 * docs/screenshots. Demo profile: Alice of Contoso (README).
 */
@ActiveProfiles("demo")
@TestPropertySource(properties = "sla.test.context=customer-browser")
class CustomerAreaBrowserIT extends BrowserTestSupport {

    private static final String ALICE = "alice@contoso.demo";
    private static final String ALICE_PASSWORD = "demo-alice-2026";

    @BeforeEach
    void freshVisitor() {
        useDesktopSize();
        open("/favicon.svg");
        driver().manage().deleteAllCookies();
    }

    @Test
    void aDeepLinkSignsInAndLandsOnThePageItPointedTo() {
        open("/account/subscriptions?lang=en");
        SignInPage signIn = new SignInPage(driver());
        assertThat(signIn.path()).isEqualTo("/login");

        signIn.signIn(ALICE, ALICE_PASSWORD);

        AccountPage subscriptions = new AccountPage(driver());
        assertThat(subscriptions.path()).isEqualTo("/account/subscriptions");
        assertThat(subscriptions.heading()).isEqualTo("Subscriptions");
        assertThat(subscriptions.mainText()).contains("Governing SLA version").contains("Service Bus Queues and Topics");
    }

    @Test
    void theCustomerAreaInChineseAndEnglish() {
        open("/login?lang=zh-CN");
        new SignInPage(driver()).signIn(ALICE, ALICE_PASSWORD);
        for (String language : new String[] {"zh-CN", "en"}) {
            open("/account?lang=" + language);
            AccountPage home = new AccountPage(driver());
            assertThat(home.language()).isEqualTo(language);
            assertThat(home.accountNavigation()).hasSizeGreaterThanOrEqualTo(4);
            assertAccessible();
            screenshot("account", language);

            AccountPage subscriptions = home.openFromAccountNavigation("/account/subscriptions");
            assertThat(subscriptions.itemHeadings()).isNotEmpty();
            assertAccessible();
            screenshot("account-subscriptions", language);

            AccountPage notices = subscriptions.openFromAccountNavigation("/account/notices");
            assertAccessible();
            screenshot("account-notices", language);

            AccountPage profile = notices.openFromAccountNavigation("/account/profile");
            assertThat(profile.mainText()).contains(ALICE);
            assertAccessible();
            screenshot("account-profile", language);
        }
    }

    @Test
    void aProposedIncidentIsClaimedWithTheCustomersOwnFactsAndOneSubmitInBothLanguages() {
        open("/login?lang=zh-CN");
        new SignInPage(driver()).signIn(ALICE, ALICE_PASSWORD);
        for (String language : new String[] {"zh-CN", "en"}) {
            open("/account?lang=" + language);
            new PortalPage(driver()).press(driver().findElement(By.cssSelector("main .claimable-incident a.button")));
            ClaimFormPage form = new ClaimFormPage(driver());
            assertThat(form.path()).isEqualTo("/account/claims/new");
            assertThat(form.incident()).startsWith("DEMO-INC-");

            ClaimFormPage previewed = form.state("Queue operations failed during the incident.", "orders-queue",
                    "Restarted the senders; opened a support ticket.").preview();
            assertThat(previewed.previewedCredit()).isNotBlank();
            assertAccessible();
            screenshot("claim-form", language);
            ClaimDetailPage claim = previewed.submit();

            assertThat(claim.path()).startsWith("/account/claims/CLM-");
            assertThat(claim.confirmsSubmission()).isTrue();
            assertThat(claim.timeline()).hasSize(1);
            assertAccessible();
            screenshot("claim-detail", language);
            if (language.equals("en")) {
                ClaimDetailPage withdrawn = claim.withdraw("Filed to try the portal.");
                assertThat(withdrawn.status()).isEqualTo("Withdrawn");
            }
        }
        open("/account/claims?lang=en");
        assertAccessible();
        screenshot("claims", "en");
        open("/account/claims?lang=zh-CN");
        screenshot("claims", "zh-CN");
    }

    @Test
    void aRequestForInformationIsAnswered() {
        open("/login?lang=en");
        new SignInPage(driver()).signIn(ALICE, ALICE_PASSWORD);
        open("/account/claims?lang=en");
        new PortalPage(driver()).press(driver().findElement(By.xpath("//tr[td[normalize-space()='Information requested']]//a")));
        ClaimDetailPage asked = new ClaimDetailPage(driver());
        assertAccessible();

        ClaimDetailPage answered = asked.answer("About 250 users in Shanghai and Beijing could not sign in.");

        assertThat(answered.status()).isEqualTo("Under review");
        assertThat(answered.timeline()).last().isEqualTo("Under review");
    }

    @Test
    void aNoticeMarkedReadIsNoLongerUnread() {
        open("/login?lang=en");
        new SignInPage(driver()).signIn(ALICE, ALICE_PASSWORD);
        open("/account/notices?lang=en");
        AccountPage notices = new AccountPage(driver());
        int unread = notices.unreadNotices();
        assertThat(unread).as("the demo's scheduled service-bus v2 is announced to Contoso").isPositive();

        AccountPage after = notices.markFirstNoticeRead();

        assertThat(after.path()).isEqualTo("/account/notices");
        assertThat(after.unreadNotices()).isEqualTo(unread - 1);
    }
}
