package cn.slaportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.incident.IncidentService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A claim from the customer's submission to the administrator's decision and back, in Chromium: in Chinese, Alice
 * files a claim, the demo administrator finds it in the queue, starts the review and approves it, and Alice sees it
 * approved with its credit; in English, another claim is rejected citing exclusion AZ-02 after a recomputation, and
 * Alice sees the rejection with the exclusion in her language. The queue, a refused queue filter and the review page
 * are checked with axe-core, the queue and the review page photographed. Shares the customer walk's application context (same profile and properties); the
 * incidents are recorded here, so the walk does not depend on which demo incidents other walks claimed.
 */
@ActiveProfiles("demo")
@TestPropertySource(properties = "sla.test.context=customer-browser")
class ClaimReviewBrowserIT extends BrowserTestSupport {

    private static final String ALICE = "alice@contoso.demo";
    private static final String ALICE_PASSWORD = "demo-alice-2026";
    private static final String ADMIN = "admin@slaportal.demo";
    private static final String ADMIN_PASSWORD = "demo-admin-2026";
    private static final ServiceLevelSlug QUEUES = new ServiceLevelSlug("service-bus-queues-topics");

    @Autowired
    private IncidentService incidents;
    @Autowired
    private AccountStore accounts;
    @Autowired
    private SubscriptionStore subscriptions;

    @BeforeEach
    void desktop() {
        useDesktopSize();
    }

    @Test
    void aClaimIsApprovedInChineseAndAnotherRejectedCitingAnExclusionInEnglish() {
        for (String language : new String[] {"zh-CN", "en"}) {
            boolean approve = language.equals("zh-CN");
            String reference = fileAClaim(language, incident(approve ? 4 : 3));

            signIn(ADMIN, ADMIN_PASSWORD, language);
            // A filter that is not one (no 13th month): refused next to its field, the page accessible too.
            open("/admin/claims?from=2026-13-01&lang=" + language);
            assertThat(driver().findElement(By.id("from-error")).getText()).as("the refused day's message, its example day")
                    .contains("2026-03-01");
            assertThat(driver().findElement(By.id("from")).getAttribute("aria-invalid")).isEqualTo("true");
            assertAccessible();
            open("/admin/claims?lang=" + language);
            ClaimReviewPage queue = new ClaimReviewPage(driver());
            assertThat(queue.mainText()).contains(reference, approve ? "服务总线队列和主题" : "Service Bus Queues and Topics");
            assertAccessible();
            screenshot("admin-claims", language);
            ClaimReviewPage review = queue.openClaim(reference).startReview();
            assertThat(review.status()).isEqualTo(approve ? "审核中" : "Under review");
            if (approve) {
                assertAccessible();
                review.showRecomputation();
                screenshot("admin-claim-review", language);
                review = review.reason("服务日志确认了此次中断。").approve();
                assertThat(review.status()).isEqualTo("已批准");
            } else {
                ClaimReviewPage recomputed = review.cite("AZ-02", "60").reason("The failing client library was the customer's own.")
                        .recompute();
                assertThat(recomputed.recomputation()).contains("Removed by AZ-02", "−60");
                assertAccessible();
                recomputed.showRecomputation();
                screenshot("admin-claim-review", language);
                review = recomputed.reject();
                assertThat(review.status()).isEqualTo("Rejected");
            }

            signIn(ALICE, ALICE_PASSWORD, language);
            open("/account/claims/" + reference + "?lang=" + language);
            ClaimDetailPage seen = new ClaimDetailPage(driver());
            String page = driver().findElement(By.tagName("main")).getText();
            if (approve) {
                assertThat(seen.status()).isEqualTo("已批准");
                assertThat(page).contains("批准的服务积分", "¥");
            } else {
                assertThat(seen.status()).isEqualTo("Rejected");
                assertThat(page).contains("AZ-02 Hardware, software or services not provided by 21Vianet",
                        "60 minutes removed from the downtime", "The failing client library was the customer's own.");
            }
        }
    }

    /** Alice files a claim for the incident through the claim form (preview, then submit); its reference. */
    private String fileAClaim(String language, Incident incident) {
        signIn(ALICE, ALICE_PASSWORD, language);
        open("/account/claims/new?subscription=" + queuesTerm().id() + "&incident=" + incident.trackingId()
                + "&lang=" + language);
        ClaimDetailPage claim = new ClaimFormPage(driver()).state("Sends to the orders queue timed out.", "orders-queue",
                "Retried the senders; opened a support ticket.").preview().submit();
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(
                shown -> java.net.URI.create(shown.getCurrentUrl()).getPath().matches("/account/claims/CLM-.*"));
        return claim.path().substring("/account/claims/".length());
    }

    private void signIn(String email, String password, String language) {
        open("/favicon.svg");
        driver().manage().deleteAllCookies();
        open("/login?lang=" + language);
        new SignInPage(driver()).signIn(email, password);
    }

    /** An outage of Contoso's queues {@code daysAgo} days ago, 3 hours long, recorded as an administrator would. */
    private Incident incident(int daysAgo) {
        Instant start = Instant.now().minusSeconds(daysAgo * 86_400L);
        return incidents.record(new NewIncident("WALK-" + Long.toString(System.nanoTime(), 36).toUpperCase(),
                Set.of(QUEUES), start, start.plusSeconds(3 * 3600), new LocalizedText("Queue sends timed out.",
                        "队列发送超时。"), false, Optional.empty(), ADMIN));
    }

    private Subscription queuesTerm() {
        long contoso = accounts.userByEmail(ALICE).orElseThrow().organisationId().orElseThrow();
        LocalDate today = LocalDate.now(SlaTime.ZONE);
        return subscriptions.subscriptionsOf(contoso).stream()
                .filter(term -> term.serviceLevel().equals(QUEUES) && !term.termStart().isAfter(today)
                        && !term.termEnd().isBefore(today))
                .findFirst().orElseThrow();
    }
}
