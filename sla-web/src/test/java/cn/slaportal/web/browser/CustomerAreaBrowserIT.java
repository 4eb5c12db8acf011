package cn.slaportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A demo customer's walk through the customer area in Chromium, in both languages: a deep link asks for sign-in
 * and lands where it pointed, then the start page, subscriptions, notices (one marked read) and profile. Every page
 * is checked with axe-core and photographed for docs/screenshots. Demo profile: Alice of Contoso (README).
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
