package cn.slaportal.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.notice.Notice;
import cn.slaportal.persistence.notice.NoticeStore;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.account.CustomerFixture.Customer;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The customer area through real HTTP: deny-by-default authorisation, the principal's organisation scoping every
 * page, the start page, subscriptions, notices and the profile, in both languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerAreaIT {

    @LocalServerPort
    private int port;

    @Autowired
    private AccountStore accounts;

    @Autowired
    private SubscriptionStore subscriptions;

    @Autowired
    private NoticeStore notices;

    @Autowired
    private PasswordEncoder passwords;

    private CustomerFixture fixture;
    private Customer contoso;
    private Customer fabrikam;
    private Subscription contosoQueues;
    private Notice contosoNotice;
    private Notice fabrikamNotice;

    @BeforeEach
    void twoCustomers() {
        fixture = new CustomerFixture(accounts, subscriptions, passwords);
        contoso = fixture.newCustomer("Contoso");
        fabrikam = fixture.newCustomer("Fabrikam");
        contosoQueues = fixture.subscribe(contoso, "service-bus-queues-topics", LocalDate.of(2026, 1, 1), "3000.00");
        fixture.subscribe(fabrikam, "dynamics-365-sales-enterprise", LocalDate.of(2026, 3, 1), "45000.00");
        Map<Long, List<String>> recipients = Map.of(contoso.organisationId(), List.of(contoso.email()),
                fabrikam.organisationId(), List.of(fabrikam.email()));
        List<Notice> created = notices.createNotices("service-bus", 1, recipients, Instant.now());
        contosoNotice = created.stream().filter(n -> n.organisationId() == contoso.organisationId()).findFirst().orElseThrow();
        fabrikamNotice = created.stream().filter(n -> n.organisationId() == fabrikam.organisationId()).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/account", "/account/subscriptions", "/account/notices", "/account/profile",
            "/account/no-such-page", "/admin", "/admin/claims"})
    void anonymousVisitorsOfThePrivateAreasAreSentToSignIn(String path) {
        HttpResponse<String> answer = new CustomerSession(port).get(path);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/account/no-such-page", "/account/subscriptions/1/edit", "/admin", "/admin/claims"})
    void unknownAddressesInThePrivateAreasAreDeniedToASignedInCustomer(String path) {
        CustomerSession session = CustomerSession.signedIn(port, contoso.email(), CustomerFixture.PASSWORD);

        assertThat(session.get(path).statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorHasNoCustomerArea() {
        String email = "admin-" + contoso.userId() + "@operator.test";
        accounts.createUser(new cn.slaportal.persistence.account.NewUserAccount(email, "Operator",
                passwords.encode(CustomerFixture.PASSWORD), cn.slaportal.persistence.account.Role.ADMIN,
                java.util.Optional.empty()), Instant.now());
        CustomerSession session = CustomerSession.signedIn(port, email, CustomerFixture.PASSWORD);

        assertThat(session.get("/account").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/no-such-page").statusCode()).isEqualTo(403);
        assertThat(session.get("/?lang=en").body()).doesNotContain("href=\"/account\"").contains("href=\"/admin\"");
    }

    @Test
    void signingInFromADeepLinkLandsOnThatLink() {
        CustomerSession session = new CustomerSession(port);
        assertThat(session.get("/account/notices?lang=en").statusCode()).isEqualTo(302);

        HttpResponse<String> signIn = session.signIn(contoso.email(), CustomerFixture.PASSWORD);

        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url)
                .contains("/account/notices").contains("lang=en"));
    }

    @Test
    void signingInWithoutADeepLinkLandsOnTheAccountStartPage() {
        HttpResponse<String> signIn = new CustomerSession(port).signIn(contoso.email(), CustomerFixture.PASSWORD);

        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/account"));
    }

    @Test
    void theHeaderLinksACustomersAccountButNotTheAdministration() {
        CustomerSession session = CustomerSession.signedIn(port, contoso.email(), CustomerFixture.PASSWORD);

        String home = session.get("/?lang=en").body();

        assertThat(home).contains("href=\"/account\"").contains("My account").doesNotContain("href=\"/admin\"");
        assertThat(new CustomerSession(port).get("/?lang=en").body()).doesNotContain("href=\"/account\"");
    }

    @Test
    void theStartPageShowsTheUnreadNoticesOfTheOwnOrganisationInBothLanguages() {
        CustomerSession session = CustomerSession.signedIn(port, contoso.email(), CustomerFixture.PASSWORD);

        String english = session.get("/account?lang=en").body();
        String chinese = session.get("/account?lang=zh-CN").body();

        assertThat(english).contains("<html lang=\"en\"").contains("Unread notices")
                .contains("#notice-" + contosoNotice.id()).doesNotContain("#notice-" + fabrikamNotice.id());
        assertThat(chinese).contains("<html lang=\"zh-CN\"").contains("未读通知").contains("#notice-" + contosoNotice.id());
    }

    @Test
    void subscriptionsShowTheFactsAndTheGoverningVersionOfTheOwnOrganisationOnly() {
        CustomerSession session = CustomerSession.signedIn(port, contoso.email(), CustomerFixture.PASSWORD);

        String english = session.get("/account/subscriptions?lang=en").body();
        String chinese = session.get("/account/subscriptions?lang=zh-CN").body();

        assertThat(english).contains("id=\"subscription-" + contosoQueues.id() + "\"").contains("Service Bus Queues and Topics")
                .contains("href=\"/sla/service-bus/versions/1\"").contains("Governing SLA version")
                .contains("the monthly fee").doesNotContain("Dynamics 365");
        assertThat(chinese).contains("适用的 SLA 版本").contains("href=\"/sla/service-bus/versions/1\"");
    }

    @Test
    void aNoticeMarkedReadIsShownAsRead() {
        CustomerSession session = CustomerSession.signedIn(port, contoso.email(), CustomerFixture.PASSWORD);
        assertThat(session.get("/account/notices?lang=en").body()).contains("Unread").contains("Mark as read");

        HttpResponse<String> marked = session.post("/account/notices/" + contosoNotice.id() + "/read", "", "/account/notices");

        assertThat(marked.statusCode()).isEqualTo(302);
        String page = session.get("/account/notices?lang=en").body();
        assertThat(page).contains("Read ").doesNotContain("Mark as read");
        assertThat(notices.readBy(contoso.userId())).containsKey(contosoNotice.id());
    }

    @Test
    void anotherOrganisationsNoticeIsNotFound() {
        CustomerSession session = CustomerSession.signedIn(port, contoso.email(), CustomerFixture.PASSWORD);

        HttpResponse<String> answer = session.post("/account/notices/" + fabrikamNotice.id() + "/read", "", "/account/notices");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(notices.readBy(contoso.userId())).isEmpty();
        assertThat(notices.readBy(fabrikam.userId())).isEmpty();
    }

    @Test
    void theEmailLanguageIsSaved() {
        CustomerSession session = CustomerSession.signedIn(port, contoso.email(), CustomerFixture.PASSWORD);

        HttpResponse<String> saved = session.post("/account/profile/language", "language=en", "/account/profile");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(accounts.user(contoso.userId()).orElseThrow().preferredLanguage()).contains("en");
        assertThat(session.get("/account/profile?saved=language&lang=en").body()).contains("The e-mail language is saved.");
    }

    @Test
    void anUnknownEmailLanguageIsRefusedNextToTheField() {
        CustomerSession session = CustomerSession.signedIn(port, contoso.email(), CustomerFixture.PASSWORD);

        HttpResponse<String> refused = session.post("/account/profile/language?lang=en", "language=klingon", "/account/profile");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"language-error\"").contains("Choose one of the languages offered.");
    }

    @Test
    void thePasswordChangesOnlyWithTheCurrentPassword() {
        CustomerSession session = CustomerSession.signedIn(port, contoso.email(), CustomerFixture.PASSWORD);
        String newPassword = "a-new-password-2027";

        HttpResponse<String> refused = session.post("/account/profile/password?lang=en", "currentPassword=wrong-one"
                + "&newPassword=" + newPassword + "&confirmation=" + newPassword, "/account/profile");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"currentPassword-error\"").contains("The current password is not right.");

        HttpResponse<String> changed = session.post("/account/profile/password", "currentPassword="
                + CustomerFixture.PASSWORD + "&newPassword=" + newPassword + "&confirmation=" + newPassword, "/account/profile");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(new CustomerSession(port).signIn(contoso.email(), newPassword).headers().firstValue("Location"))
                .hasValueSatisfying(url -> assertThat(url).doesNotContain("error"));
    }

    @Test
    void aMismatchedOrShortNewPasswordIsRefusedNextToItsField() {
        CustomerSession session = CustomerSession.signedIn(port, contoso.email(), CustomerFixture.PASSWORD);

        String shortOne = session.post("/account/profile/password?lang=en", "currentPassword=" + CustomerFixture.PASSWORD
                + "&newPassword=short&confirmation=short", "/account/profile").body();
        String mismatch = session.post("/account/profile/password?lang=zh-CN", "currentPassword=" + CustomerFixture.PASSWORD
                + "&newPassword=long-enough-1&confirmation=long-enough-2", "/account/profile").body();

        assertThat(shortOne).contains("id=\"newPassword-error\"").contains("The new password needs 10 to 64 characters.");
        assertThat(mismatch).contains("id=\"confirmation-error\"").contains("两次输入的新密码不一致。");
    }
}
