package cn.slaportal.web.claim;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.persistence.notice.MailOutboxStore;
import cn.slaportal.persistence.notice.OutboxMail;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.account.CustomerFixture;
import cn.slaportal.web.account.CustomerFixture.Customer;
import cn.slaportal.web.account.CustomerSession;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A customer's claim journey over real HTTP: the operator's incident is proposed as claimable, the pre-filled form
 * names the better-paying level, a preview works without JavaScript, refusals stand next to their fields with the
 * input kept, a submission answers with its reference and queues the acknowledgement e-mail, a request for
 * information is answered, a claim is withdrawn; and every id-bearing route refuses the wrong customer with a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaimJourneyIT {

    private static final Pattern REFERENCE = Pattern.compile("/account/claims/(CLM-\\d{4}-\\d{6,})");

    @LocalServerPort
    private int port;

    @Autowired
    private AccountStore accounts;

    @Autowired
    private SubscriptionStore subscriptions;

    @Autowired
    private IncidentStore incidents;

    @Autowired
    private ClaimStore claims;

    @Autowired
    private ClaimDecisionService decisions;

    @Autowired
    private MailOutboxStore outbox;

    @Autowired
    private PasswordEncoder passwords;

    private Customer contoso;
    private Customer fabrikam;
    private Subscription relays;
    private Subscription queues;
    private Incident outage;
    private CustomerSession session;

    @BeforeEach
    void aCustomerWithTwoServiceBusTermsAndAnOutage() {
        CustomerFixture fixture = new CustomerFixture(accounts, subscriptions, passwords);
        contoso = fixture.newCustomer("Contoso");
        fabrikam = fixture.newCustomer("Fabrikam");
        LocalDate today = LocalDate.now(SlaTime.ZONE);
        LocalDate start = today.minusMonths(3).withDayOfMonth(1);
        relays = fixture.subscribe(contoso, "service-bus-relays", start, "1000.00");
        queues = fixture.subscribe(contoso, "service-bus-queues-topics", start, "5000.00");
        fixture.subscribe(fabrikam, "service-bus-relays", start, "1000.00");
        outage = incident(ZonedDateTime.now(SlaTime.ZONE).minusDays(3).withHour(2).withMinute(0).withSecond(0).withNano(0)
                .toInstant(), 150, "service-bus-relays", "service-bus-queues-topics");
        session = CustomerSession.signedIn(port, contoso.email(), CustomerFixture.PASSWORD);
    }

    @Test
    void theOperatorsIncidentIsProposedOnTheStartPageWithTheCreditAndAClaimAction() {
        String english = session.get("/account?lang=en").body();
        String chinese = session.get("/account?lang=zh-CN").body();

        assertThat(english).contains("Incidents you can claim").contains(outage.trackingId()).contains("Claim this credit")
                .contains("/account/claims/new?subscription=" + queues.id() + "&amp;incident=" + outage.trackingId());
        assertThat(chinese).contains("可索赔的事件").contains("索赔此服务积分");
    }

    @Test
    void theFormIsPrefilledAndPreselectsTheBetterPayingLevel() {
        String form = session.get("/account/claims/new?incident=" + outage.trackingId() + "&lang=en").body();

        assertThat(form).contains("pays more").contains("id=\"subscription-" + queues.id() + "\" checked=\"checked\"")
                .contains("name=\"resourceDowntime\" value=\"150\"").contains("Detailed description");
    }

    @Test
    void thePreviewWorksWithoutJavaScriptAndStoresNothing() {
        HttpResponse<String> preview = post(queues, "preview", "orders-queue", "Queue sends failed.", "Retried.");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"preview-uptime\"").contains("id=\"preview-credit\"");
        assertThat(claims.claimsOf(contoso.organisationId())).isEmpty();
    }

    @Test
    void aMissingDescriptionIsRefusedNextToItsFieldAndEverythingTypedIsKept() {
        HttpResponse<String> refused = post(queues, "submit", "orders-queue-kept", "", "Restarted the clients, kept.");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"description-error\"").contains("orders-queue-kept")
                .contains("Restarted the clients, kept.");
        assertThat(claims.claimsOf(contoso.organisationId())).isEmpty();
    }

    @Test
    void aSubmittedClaimHasAReferenceAConfirmationAndAnAcknowledgementInTheOutbox() {
        HttpResponse<String> submitted = post(queues, "submit", "orders-queue", "Sends to the orders queue failed.",
                "Restarted the clients.");

        assertThat(submitted.statusCode()).isEqualTo(302);
        String reference = reference(submitted);
        String page = session.get("/account/claims/" + reference + "?submitted&lang=en").body();
        assertThat(page).contains("Your claim " + reference + " is submitted.").contains("Status history");
        List<OutboxMail> mails = outbox.about(ClaimMails.ACKNOWLEDGEMENT, reference);
        assertThat(mails).hasSize(1).first().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo(contoso.email());
            assertThat(mail.subject()).contains(reference);
        });
        assertThat(session.get("/account/claims?lang=en").body()).contains(reference)
                .contains("<td>Service Bus Queues and Topics</td>").doesNotContain(">service-bus-queues-topics<");
        assertThat(session.get("/account/claims?lang=zh-CN").body()).contains("<td>服务总线队列和主题</td>");
        assertThat(session.get("/account?lang=en").body()).contains(reference).contains("Service Bus Queues and Topics");
    }

    @Test
    void aSecondClaimForTheSameIncidentIsRefusedWithALinkToTheFirst() {
        String first = reference(post(queues, "submit", "orders-queue", "Sends failed.", "Restarted."));

        HttpResponse<String> second = post(queues, "submit", "orders-queue", "Sends failed again.", "Restarted again.");

        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("id=\"incident-error\"").contains("href=\"/account/claims/" + first + "\"")
                .contains("Sends failed again.");
    }

    @Test
    void aLateClaimIsRefusedNamingTheDeadline() {
        Incident old = incident(ZonedDateTime.now(SlaTime.ZONE).minusMonths(3).withDayOfMonth(2).withHour(3).toInstant(), 60,
                "service-bus-relays");

        HttpResponse<String> late = post(relays, old.trackingId(), "submit", "relay-1", "Relay failed.", "Restarted.");

        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("id=\"incident-error\"").contains("relay-1");
    }

    @Test
    void aRequestForInformationIsAnsweredAndTheClaimIsUnderReviewAgain() {
        String reference = reference(post(queues, "submit", "orders-queue", "Sends failed.", "Restarted."));
        Claim submitted = claims.claim(reference).orElseThrow();
        Claim reviewing = decisions.startReview(reference, submitted.rowVersion(), "operator@slaportal.test");
        Claim asked = decisions.requestInformation(reference, reviewing.rowVersion(), "operator@slaportal.test",
                "Which queues failed?");

        String page = session.get("/account/claims/" + reference + "?lang=en").body();
        assertThat(page).contains("Which queues failed?").contains("Send the answer");
        HttpResponse<String> answered = session.post("/account/claims/" + reference + "/answer",
                "rowVersion=" + asked.rowVersion() + "&text=" + CustomerSession.encode("orders and billing"),
                "/account/claims/" + reference);

        assertThat(answered.statusCode()).isEqualTo(302);
        assertThat(claims.claim(reference).orElseThrow().status()).isEqualTo(ClaimStatus.UNDER_REVIEW);
    }

    @Test
    void aWithdrawnClaimLetsTheIncidentBeClaimedAgain() {
        String reference = reference(post(queues, "submit", "orders-queue", "Sends failed.", "Restarted."));
        String proposal = "subscription=" + queues.id() + "&amp;incident=" + outage.trackingId();
        assertThat(session.get("/account?lang=en").body()).doesNotContain(proposal);

        HttpResponse<String> withdrawn = session.post("/account/claims/" + reference + "/withdraw",
                "text=" + CustomerSession.encode("filed by mistake"), "/account/claims/" + reference);

        assertThat(withdrawn.statusCode()).isEqualTo(302);
        assertThat(claims.claim(reference).orElseThrow().status()).isEqualTo(ClaimStatus.WITHDRAWN);
        assertThat(session.get("/account?lang=en").body()).contains(proposal);
    }

    @Test
    void everyIdBearingRouteAnswers404ToTheWrongCustomer() {
        String reference = reference(post(queues, "submit", "orders-queue", "Sends failed.", "Restarted."));
        CustomerSession intruder = CustomerSession.signedIn(port, fabrikam.email(), CustomerFixture.PASSWORD);
        String token = "/account/claims";

        assertThat(intruder.get("/account/claims/" + reference).statusCode()).isEqualTo(404);
        assertThat(intruder.post("/account/claims/" + reference + "/answer", "text=x", token).statusCode()).isEqualTo(404);
        assertThat(intruder.post("/account/claims/" + reference + "/withdraw", "text=x", token).statusCode()).isEqualTo(404);
        assertThat(intruder.get("/account/claims/new?subscription=" + queues.id()).statusCode()).isEqualTo(404);
        assertThat(intruder.post("/account/claims/new", "action=submit&subscription=" + queues.id() + "&incident="
                + outage.trackingId() + "&resourceName=x&resourceDeployed=40000&resourceDowntime=150&description=x"
                + "&affectedResources=x&resolutionAttempts=x", token).statusCode()).isEqualTo(404);
        assertThat(intruder.get("/account/claims/CLM-2026-999999").statusCode()).isEqualTo(404);
        assertThat(claims.claim(reference).orElseThrow().status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claims.claimsOf(fabrikam.organisationId())).isEmpty();
    }

    private HttpResponse<String> post(Subscription subscription, String action, String resource, String description,
                                      String attempts) {
        return post(subscription, outage.trackingId(), action, resource, description, attempts);
    }

    private HttpResponse<String> post(Subscription subscription, String incident, String action, String resource,
                                      String description, String attempts) {
        String form = List.of("action=" + action, "subscription=" + subscription.id(), "incident=" + incident,
                        "resourceName=" + CustomerSession.encode(resource), "resourceDeployed=43200", "resourceDowntime=150",
                        "description=" + CustomerSession.encode(description),
                        "affectedResources=" + CustomerSession.encode(resource),
                        "resolutionAttempts=" + CustomerSession.encode(attempts)).stream()
                .collect(Collectors.joining("&"));
        return session.post("/account/claims/new?lang=en", form, "/account/claims/new");
    }

    private static String reference(HttpResponse<String> submitted) {
        assertThat(submitted.statusCode()).as("submission answered with a redirect").isEqualTo(302);
        Matcher matcher = REFERENCE.matcher(submitted.headers().firstValue("Location").orElseThrow());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private Incident incident(Instant start, long minutes, String... levels) {
        return incidents.create(new NewIncident("IT-" + UUID.randomUUID().toString().substring(0, 8),
                Set.of(levels).stream().map(ServiceLevelSlug::new).collect(Collectors.toSet()), start,
                start.plusSeconds(minutes * 60), new LocalizedText("Messaging failed.", "消息传送失败。"), false,
                Optional.empty(), "operator@slaportal.test"), Instant.now());
    }
}
