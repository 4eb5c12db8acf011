package cn.slaportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.claim.ClaimStatement;
import cn.slaportal.core.uptime.ResourceMinutes;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.account.CustomerFixture;
import cn.slaportal.web.account.CustomerFixture.Customer;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.claim.ClaimCommand;
import cn.slaportal.web.claim.ClaimSubmissionService;
import cn.slaportal.web.claim.IncidentRef;
import cn.slaportal.web.locale.LocalizedFormats;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A demo customer's walk through the customer area in Chromium, in both languages: a deep link asks for sign-in
 * and lands where it pointed; the start page, subscriptions, notices (one marked read) and profile; a proposed
 * incident claimed with the customer's own facts, previewed without JavaScript and submitted with one press, then
 * withdrawn; a request for information answered; and every refusal of the claim form, in one walk per language
 * by a customer of its own. Every page is checked with axe-core and photographed for docs/screenshots. Demo
 * profile: Alice of Contoso (README).
 */
@ActiveProfiles("demo")
@TestPropertySource(properties = "sla.test.context=customer-browser")
class CustomerAreaBrowserIT extends BrowserTestSupport {

    private static final String ALICE = "alice@contoso.demo";
    private static final String ALICE_PASSWORD = "demo-alice-2026";
    /** Levels no demo customer subscribes to, so that the incidents made here are claimable by nobody else. */
    private static final String HUBS = "service-bus-notification-hubs";
    private static final String SALES = "dynamics-365-sales-professional";
    private static final String OTHER = "dynamics-365-customer-service-enterprise";

    @Autowired
    private AccountStore accounts;
    @Autowired
    private SubscriptionStore subscriptions;
    @Autowired
    private IncidentStore incidents;
    @Autowired
    private PasswordEncoder passwords;
    @Autowired
    private ClaimSubmissionService submissions;
    @Autowired
    private PublishedRules rules;
    @Autowired
    private LocalizedFormats formats;
    @Autowired
    private MessageSource messages;
    @Autowired
    private Clock clock;

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

    /**
     * Every refusal of the claim form as a customer meets it, in both languages with one signed-in browser: late
     * (naming the deadline), duplicate (linking the claim that stands), a second Dynamics credit for the level and
     * month, an incident outside the term, a level the incident did not touch, a number that is none. Each stands
     * next to its field in the page's language, with the level's name and dates as the page writes them, and
     * everything typed is still there.
     */
    @Test
    void everyRefusalOfTheClaimFormStandsNextToItsFieldInBothLanguagesWithEverythingTypedKept() {
        CustomerFixture fixture = new CustomerFixture(accounts, subscriptions, passwords);
        Customer customer = fixture.newCustomer("Refusals");
        LocalDate today = LocalDate.now(clock.withZone(SlaTime.ZONE));
        LocalDate termStart = today.minusMonths(5).withDayOfMonth(1);
        Subscription hubs = fixture.subscribe(customer, HUBS, termStart, "1000.00");
        Subscription sales = fixture.subscribe(customer, SALES, termStart, "2000.00");
        LocalDate yesterday = today.minusDays(1);
        LocalDate lateDay = today.minusMonths(4).withDayOfMonth(2);
        LocalDate outsideDay = termStart.minusMonths(1).withDayOfMonth(2);
        Incident late = incident(lateDay, 3, 60, HUBS);
        Incident outside = incident(outsideDay, 3, 60, HUBS);
        Incident claimed = incident(yesterday, 2, 90, HUBS);
        Incident untouched = incident(yesterday, 4, 30, OTHER);
        Incident fresh = incident(yesterday, 6, 20, HUBS);
        Incident firstSales = incident(yesterday, 1, 60, SALES);
        Incident secondSales = incident(yesterday, 7, 45, SALES);
        String standing = file(customer, hubs, claimed, new UptimeInput.DeploymentMinutes(
                List.of(new ResourceMinutes("hub-1", 40_320, 90))), Optional.of("hub-1"), Optional.empty());
        String salesCredit = file(customer, sales, firstSales, new UptimeInput.UserMinutes(100, List.of(), 6_000),
                Optional.empty(), Optional.of(100));
        LocalDate deadline = rules.book().governingLevel(HUBS, termStart).level().deadlineRule()
                .deadlineFor(lateDay, BillingDay.CALENDAR).lastDay();

        open("/login?lang=zh-CN");
        new SignInPage(driver()).signIn(customer.email(), CustomerFixture.PASSWORD);
        for (String language : new String[] {"zh-CN", "en"}) {
            Locale locale = Locale.forLanguageTag(language);

            ClaimFormPage refused = refusedClaim(hubs, late, language);
            assertThat(refused.refusalNextTo("incident", "incident"))
                    .isEqualTo(message(locale, "deadline.error.passed", date(locale, deadline)));
            assertKept(refused, late, language);
            assertAccessible();

            refused = refusedClaim(hubs, claimed, language);
            assertThat(refused.refusalNextTo("incident", "incident"))
                    .isEqualTo(message(locale, "claim.error.duplicate", standing));
            assertThat(refused.duplicateLink()).isEqualTo("/account/claims/" + standing);
            assertKept(refused, claimed, language);

            refused = refusedClaim(sales, secondSales, language);
            assertThat(refused.refusalNextTo("subscription", "subscription-" + sales.id()))
                    .isEqualTo(message(locale, "claim.error.credit-already-claimed",
                            date(locale, yesterday.withDayOfMonth(1)), salesCredit));
            assertKept(refused, secondSales, language);
            assertThat(refused.value("users")).isEqualTo("100");

            refused = refusedClaim(hubs, outside, language);
            assertThat(refused.refusalNextTo("incident", "incident")).isEqualTo(message(locale, "claim.error.outside-term",
                    date(locale, outsideDay), date(locale, termStart), date(locale, hubs.termEnd())));
            assertKept(refused, outside, language);

            refused = refusedClaim(hubs, untouched, language);
            assertThat(refused.refusalNextTo("subscription", "subscription-" + hubs.id()))
                    .isEqualTo(message(locale, "claim.error.level-not-affected",
                            language.equals("en") ? "Notification Hubs (Basic and Standard tiers)" : "通知中心（基本层和标准层）"));
            assertKept(refused, untouched, language);

            ClaimFormPage form = claimForm(hubs, fresh, language);
            refused = form.typeInto("resourceDeployed0", "forty thousand").submitRefused();
            assertThat(refused.refusalNextTo("resourceDeployed0", "resourceDeployed0"))
                    .isEqualTo(message(locale, "claim.form.error.whole-number", "forty thousand"));
            assertThat(refused.value("resourceDeployed0")).isEqualTo("forty thousand");
            assertKept(refused, fresh, language);
            assertAccessible();
        }
    }

    /** The pre-filled form of the incident on the term, with the customer's own statement typed in. */
    private ClaimFormPage claimForm(Subscription term, Incident incident, String language) {
        open("/account/claims/new?subscription=" + term.id() + "&incident=" + incident.trackingId() + "&lang=" + language);
        ClaimFormPage form = new ClaimFormPage(driver());
        assertThat(form.language()).isEqualTo(language);
        if (!driver().findElements(By.id("users")).isEmpty()) {
            form.typeInto("users", "100");
        }
        if (!driver().findElements(By.id("resourceName0")).isEmpty()) {
            form.typeInto("resourceName0", "hub-namespace-" + language);
        }
        return form.state(typedDescription(incident, language), "hub-namespace-" + language, "Restarted the senders, "
                + language + ".");
    }

    private ClaimFormPage refusedClaim(Subscription term, Incident incident, String language) {
        ClaimFormPage refused = claimForm(term, incident, language).submitRefused();
        assertThat(refused.path()).as("refused, the form again").isEqualTo("/account/claims/new");
        return refused;
    }

    private static void assertKept(ClaimFormPage refused, Incident incident, String language) {
        assertThat(refused.incident()).isEqualTo(incident.trackingId());
        assertThat(refused.value("description")).isEqualTo(typedDescription(incident, language));
        assertThat(refused.value("resolutionAttempts")).isEqualTo("Restarted the senders, " + language + ".");
    }

    private static String typedDescription(Incident incident, String language) {
        return "What we saw during " + incident.trackingId() + " (" + language + ").";
    }

    private String message(Locale locale, String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }

    private String date(Locale locale, LocalDate day) {
        return formats.forLocale(locale).date(day);
    }

    private Incident incident(LocalDate day, int hour, long minutes, String level) {
        Instant start = day.atTime(LocalTime.of(hour, 0)).atZone(SlaTime.ZONE).toInstant();
        return incidents.create(new NewIncident("REFUSAL-" + UUID.randomUUID().toString().substring(0, 8),
                Set.of(new ServiceLevelSlug(level)), start, start.plusSeconds(minutes * 60),
                new LocalizedText("Refusal walk incident.", "拒绝路径的事件。"), false, Optional.empty(),
                "operator@slaportal.test"), clock.instant());
    }

    /** A claim filed through the service the form uses; its reference. */
    private String file(Customer customer, Subscription term, Incident incident, UptimeInput figures,
                        Optional<String> resources, Optional<Integer> users) {
        return submissions.submit(new ClaimCommand(customer.organisationId(), customer.userId(), customer.email(),
                term.id(), IncidentRef.recorded(incident.trackingId()), term.serviceLevel().value(), figures,
                new ClaimStatement("Filed before the walk.", resources, users, users.map(n -> "上海"),
                        "Restarted."))).claim().orElseThrow().reference();
    }
}
