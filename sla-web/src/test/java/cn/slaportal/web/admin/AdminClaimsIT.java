package cn.slaportal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.claim.ClaimStatement;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.core.uptime.ResourceMinutes;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Organisation;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.audit.AuditEvent;
import cn.slaportal.persistence.audit.AuditStore;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.persistence.notice.MailOutboxStore;
import cn.slaportal.persistence.notice.OutboxMail;
import cn.slaportal.persistence.subscription.NewSubscription;
import cn.slaportal.persistence.subscription.Reseller;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.claim.ClaimCommand;
import cn.slaportal.web.claim.ClaimDecisionService;
import cn.slaportal.web.claim.ClaimSubmissionService;
import cn.slaportal.web.claim.IncidentRef;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The administrators' claims queue and review page over real HTTP (the application context of {@code AdminAreaIT},
 * shared): filters and their refusals, the review page with the core's recomputation, every step through the
 * decision service with its audit entry and e-mail, the 409 of a stale decision, and no way in for a customer.
 * Claims are filed through the customer's own service, for incidents two days ago.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminClaimsIT {

    private static final String PASSWORD = "admin claims test password";

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
    private ClaimSubmissionService submissions;
    @Autowired
    private ClaimDecisionService decisions;
    @Autowired
    private AuditStore audit;
    @Autowired
    private MailOutboxStore outbox;
    @Autowired
    private PasswordEncoder passwords;

    private record Customer(Organisation organisation, UserAccount user) {
    }

    @Test
    void theQueueListsTheOldestFirstFiltersAndRefusesBadFiltersNextToTheField() throws Exception {
        Customer customer = customer();
        Claim relays = relaysClaim(customer, 120);
        Claim sales = salesClaim(customer);
        AdminSession admin = signedInAdmin();
        decisions.startReview(relays.reference(), relays.rowVersion(), admin.email());
        String organisation = "organisation=" + customer.organisation().id();

        String awaiting = admin.get("/admin/claims?lang=en&" + organisation).body();
        String underReview = admin.get("/admin/claims?lang=en&status=UNDER_REVIEW&" + organisation).body();
        String byReference = admin.get("/admin/claims?lang=en&status=ANY&reference="
                + sales.reference().substring(4).toLowerCase() + "&" + organisation).body();
        String dynamics = admin.get("/admin/claims?lang=zh-CN&document=dynamics-365&" + organisation).body();
        String afterToday = admin.get("/admin/claims?lang=en&from=" + LocalDate.now(SlaTime.ZONE).plusDays(1) + "&"
                + organisation).body();
        HttpResponse<String> bad = admin.get("/admin/claims?lang=zh-CN&status=OPEN&document=nope&organisation=x1"
                + "&from=2026-13-01&to=2026-01-01&reference=CLM%25");
        HttpResponse<String> badEnglish = admin.get("/admin/claims?lang=en&status=OPEN&reference=a+b&page=-1");

        assertThat(awaiting).contains("2 claims", customer.organisation().name(), "Service Bus Relays",
                "Dynamics 365 for Sales Enterprise", "No decision period", "45 days");
        assertThat(awaiting.indexOf(relays.reference())).isPositive().isLessThan(awaiting.indexOf(sales.reference()));
        assertThat(awaiting).contains("href=\"/admin/claims/" + relays.reference() + "\"");
        assertThat(underReview).contains("1 claim", relays.reference()).doesNotContain(sales.reference());
        assertThat(byReference).contains("1 claim", sales.reference()).doesNotContain(relays.reference());
        assertThat(dynamics).contains(sales.reference()).doesNotContain(relays.reference());
        assertThat(afterToday).contains("No claims match");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("请从列表中选择状态。", "请从列表中选择 SLA。", "请从列表中选择组织。",
                "请按“年-月-日”格式输入日期", "请输入编号的一部分", "value=\"2026-13-01\"", "value=\"CLM%\"",
                "id=\"status-error\"", "aria-invalid=\"true\"");
        assertThat(badEnglish.statusCode()).isEqualTo(400);
        assertThat(badEnglish.body()).contains("Choose a status from the list.", "Enter part of a reference",
                "value=\"a b\"");
    }

    @Test
    void theReviewPageShowsTheClaimItsTermTheGoverningVersionAndTheCoresRecomputation() throws Exception {
        Customer customer = customer();
        Claim claim = relaysClaim(customer, 120);
        AdminSession admin = signedInAdmin();
        String page = "/admin/claims/" + claim.reference();
        decisions.startReview(claim.reference(), claim.rowVersion(), admin.email());
        long rowVersion = claims.claim(claim.reference()).orElseThrow().rowVersion();

        String english = admin.get(page + "?lang=en").body();
        String chinese = admin.get(page + "?lang=zh-CN").body();
        HttpResponse<String> recomputed = admin.post(page + "?lang=en", page + "/recompute?lang=en",
                decision(rowVersion, "", Map.of("AZ-02", "100")));
        HttpResponse<String> badMinutes = admin.post(page + "?lang=en", page + "/recompute?lang=en",
                decision(rowVersion, "kept reason", Map.of("AZ-02", "ten")));
        HttpResponse<String> tooMany = admin.post(page + "?lang=zh-CN", page + "/recompute?lang=zh-CN",
                decision(rowVersion, "", Map.of("AZ-01", "100", "AZ-02", "100")));

        assertThat(english).contains(claim.reference(), customer.organisation().name(), customer.user().email(),
                "Service Bus Relays", "Relay connections failed.", "Restarted the clients.", "relay-1",
                "From day 15 of each month", "¥1,000.00", "华东云服务经销有限公司", "¥1,200.00",
                "href=\"/sla/service-bus/versions/1\"", "AZ-02 Hardware, software or services not provided by 21Vianet",
                "id=\"recomputation\"", "Under review", "(administrator)", "(customer)");
        assertThat(english).contains("name=\"rowVersion\" value=\"" + rowVersion + "\"");
        assertThat(chinese).contains("服务总线中继", "核心规则的重新计算", "使用并非由世纪互联提供的硬件、软件或服务");
        assertThat(recomputed.statusCode()).isEqualTo(200);
        assertThat(recomputed.body()).contains("Removed by AZ-02 Hardware, software or services",
                "<td>−100</td>", "id=\"remaining-downtime\">20<", "¥0.00");
        assertThat(claims.claim(claim.reference()).orElseThrow().status()).isEqualTo(ClaimStatus.UNDER_REVIEW);
        assertThat(badMinutes.statusCode()).isEqualTo(400);
        assertThat(badMinutes.body()).contains("Enter the minutes exclusion AZ-02 removes as a whole number",
                "value=\"ten\"", "kept reason");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("所引用的除外条款扣除了 200 分钟，超过了 120 分钟的停机时间。");
        assertThat(admin.get("/admin/claims/CLM-2026-999999999?lang=en").statusCode()).isEqualTo(404);
    }

    @Test
    void eachStepGoesThroughTheDecisionServiceIsAuditedAndMailsTheClaimant() throws Exception {
        Customer customer = customer();
        Claim claim = relaysClaim(customer, 120);
        AdminSession admin = signedInAdmin();
        String page = "/admin/claims/" + claim.reference();

        HttpResponse<String> earlyApproval = admin.post(page + "?lang=en", page + "/approve?lang=en",
                decision(claim.rowVersion(), "Too early.", Map.of()));
        HttpResponse<String> reviewed = admin.post(page, page + "/review", decision(current(claim), "", Map.of()));
        String afterReview = admin.get(page + "?lang=en").body();
        HttpResponse<String> noQuestion = admin.post(page + "?lang=en", page + "/information?lang=en",
                question(current(claim), " "));
        HttpResponse<String> asked = admin.post(page, page + "/information",
                question(current(claim), "Which relay namespaces were affected?"));
        decisions.answer(customer.organisation().id(), claim.reference(), current(claim), customer.user().email(),
                "Only relay-1.");
        HttpResponse<String> noReason = admin.post(page + "?lang=zh-CN", page + "/reject?lang=zh-CN",
                decision(current(claim), " ", Map.of()));
        HttpResponse<String> approved = admin.post(page, page + "/approve",
                decision(current(claim), "Outage confirmed.", Map.of("AZ-02", "30")));

        assertThat(earlyApproval.statusCode()).isEqualTo(400);
        assertThat(earlyApproval.body()).contains("This step is not possible for the claim in its current status",
                "id=\"form-errors\"");
        assertThat(reviewed.statusCode()).isEqualTo(302);
        assertThat(afterReview).contains("The review of claim " + claim.reference() + " has started");
        assertThat(noQuestion.statusCode()).isEqualTo(400);
        assertThat(noQuestion.body()).contains("Write the question to ask the customer.", "id=\"question-error\"");
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("拒绝索赔时须引用至少一项服务级别协议除外条款或说明理由。", "id=\"reason-error\"");
        assertThat(approved.statusCode()).isEqualTo(302);
        Claim stored = claims.claim(claim.reference()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(stored.approvedCredit()).contains(Money.cny("120.00"));
        assertThat(stored.exclusions()).extracting(cited -> cited.code()).containsExactly("AZ-02");
        assertThat(audit.eventsFor(ClaimStore.AUDIT_TARGET, claim.reference())).extracting(AuditEvent::action)
                .containsExactly("claim.submit", "claim.start_review", "claim.request_information", "claim.answer",
                        "claim.approve");
        assertThat(audit.eventsFor(ClaimStore.AUDIT_TARGET, claim.reference())).filteredOn(
                event -> event.action().equals("claim.approve")).singleElement().satisfies(event -> {
                    assertThat(event.actor()).isEqualTo(admin.email());
                    assertThat(event.before()).contains("status=UNDER_REVIEW");
                    assertThat(event.after()).hasValueSatisfying(after -> assertThat(after)
                            .contains("status=APPROVED", "approvedCredit=120.00", "AZ-02", "Outage confirmed."));
                });
        List<OutboxMail> mails = stepMails(claim);
        assertThat(mails).hasSize(3).allSatisfy(mail -> assertThat(mail.recipient()).isEqualTo(customer.user().email()));
        assertThat(mails.get(0).text()).contains(claim.reference(), "Under review");
        assertThat(mails.get(1).text()).contains("Which relay namespaces were affected?", "answer the question");
        assertThat(mails.get(2).text()).contains("Approved", "The approved Service Credit is ¥120.00",
                "AZ-02 Hardware, software or services not provided by 21Vianet (clause 3.3.2)", "Outage confirmed.");
        assertThat(admin.get(page + "?lang=en").body()).contains("Claim " + claim.reference() + " is approved",
                "id=\"approved-credit\">¥120.00<");
    }

    @Test
    void aRejectionCitesAnExclusionOfTheGoverningVersionAndTellsTheClaimantInTheirLanguage() throws Exception {
        Customer customer = customer("zh-CN");
        Claim claim = relaysClaim(customer, 120);
        AdminSession admin = signedInAdmin();
        String page = "/admin/claims/" + claim.reference();
        decisions.startReview(claim.reference(), claim.rowVersion(), admin.email());

        HttpResponse<String> unknown = admin.post(page + "?lang=en", page + "/reject?lang=en",
                decision(current(claim), "", Map.of("DYN-01", "")));
        HttpResponse<String> rejected = admin.post(page, page + "/reject",
                decision(current(claim), "The relay client library was the customer's own.", Map.of("AZ-02", "")));

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("The governing SLA version has no exclusion DYN-01.");
        assertThat(rejected.statusCode()).isEqualTo(302);
        assertThat(claims.claim(claim.reference()).orElseThrow().status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(stepMails(claim)).last().satisfies(mail -> {
            assertThat(mail.language()).isEqualTo("zh-CN");
            assertThat(mail.text()).contains("已拒绝", "AZ-02 使用并非由世纪互联提供的硬件、软件或服务（第 3.3.2 条）");
        });
        assertThat(audit.eventsFor(ClaimStore.AUDIT_TARGET, claim.reference())).extracting(AuditEvent::action)
                .containsExactly("claim.submit", "claim.start_review", "claim.reject");
    }

    @Test
    void aSecondDecisionOnAStaleCopyIsAConflictAndOverwritesNothing() throws Exception {
        Customer customer = customer();
        Claim claim = relaysClaim(customer, 120);
        AdminSession first = signedInAdmin();
        AdminSession second = signedInAdmin();
        String page = "/admin/claims/" + claim.reference();
        decisions.startReview(claim.reference(), claim.rowVersion(), first.email());
        long readAt = current(claim);

        HttpResponse<String> approved = first.post(page, page + "/approve", decision(readAt, "Confirmed.", Map.of()));
        HttpResponse<String> stale = second.post(page + "?lang=en", page + "/reject?lang=en",
                decision(readAt, "Not our fault.", Map.of("AZ-02", "")));

        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else took a step on claim " + claim.reference(),
                "nothing was overwritten", "href=\"/admin/claims/" + claim.reference() + "\"");
        Claim stored = claims.claim(claim.reference()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(stored.exclusions()).isEmpty();
        assertThat(audit.eventsFor(ClaimStore.AUDIT_TARGET, claim.reference())).extracting(AuditEvent::action)
                .containsExactly("claim.submit", "claim.start_review", "claim.approve");
        assertThat(stepMails(claim)).hasSize(2);
    }

    @Test
    void aCustomerCannotReachTheQueueTheReviewOrAStep() throws Exception {
        Customer customer = customer();
        Claim claim = relaysClaim(customer, 120);
        AdminSession session = new AdminSession(port);
        session.signIn(customer.user().email(), PASSWORD);
        String page = "/admin/claims/" + claim.reference();

        assertThat(session.get("/admin/claims").statusCode()).isEqualTo(403);
        assertThat(session.get(page).statusCode()).isEqualTo(403);
        assertThat(session.post("/account/profile", page + "/review", decision(claim.rowVersion(), "", Map.of()))
                .statusCode()).isEqualTo(403);
        assertThat(new AdminSession(port).get(page).statusCode()).isEqualTo(302);
        assertThat(claims.claim(claim.reference()).orElseThrow().status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    private long current(Claim claim) {
        return claims.claim(claim.reference()).orElseThrow().rowVersion();
    }

    private List<OutboxMail> stepMails(Claim claim) {
        return outbox.latest(Optional.empty(), 500).stream()
                .filter(mail -> mail.topic().equals("claim-step") && mail.topicRef().startsWith(claim.reference() + "/"))
                .sorted(java.util.Comparator.comparing(OutboxMail::id)).toList();
    }

    private static Map<String, List<String>> question(long rowVersion, String question) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("rowVersion", List.of(Long.toString(rowVersion)));
        form.put("question", List.of(question));
        return form;
    }

    /** The decision form as the page sends it: every exclusion of service-bus v1 on its line, those given ticked. */
    private static Map<String, List<String>> decision(long rowVersion, String reason, Map<String, String> cited) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("rowVersion", List.of(Long.toString(rowVersion)));
        form.put("reason", List.of(reason));
        List<String> codes = new java.util.ArrayList<>(List.of("AZ-01", "AZ-02", "AZ-03", "AZ-04"));
        cited.keySet().stream().filter(code -> !codes.contains(code)).forEach(codes::add);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            form.put("exclusions[" + i + "].code", List.of(code));
            form.put("exclusions[" + i + "].minutes", List.of(cited.getOrDefault(code, "")));
            if (cited.containsKey(code)) {
                form.put("exclusions[" + i + "].cited", List.of("true"));
            }
        }
        return form;
    }

    /** A Service Bus Relays claim for an incident two days ago lasting {@code minutes}, on a reseller term. */
    private Claim relaysClaim(Customer customer, int minutes) {
        LocalDate today = LocalDate.now(SlaTime.ZONE);
        Subscription term = subscriptions.create(new NewSubscription(customer.organisation().id(),
                new ServiceLevelSlug("service-bus-relays"), today.minusMonths(3), today.plusMonths(9), new BillingDay(15),
                Money.cny("1000.00"), Optional.empty(), Optional.of(new Reseller("华东云服务经销有限公司",
                        Money.cny("1200.00")))), Instant.now());
        Incident incident = incident("service-bus-relays", minutes);
        long monthMinutes = BillingMonth.containing(LocalDate.ofInstant(incident.startedAt(), SlaTime.ZONE),
                new BillingDay(15)).minutes();
        return submissions.submit(new ClaimCommand(customer.organisation().id(), customer.user().id(),
                customer.user().email(), term.id(), IncidentRef.recorded(incident.trackingId()), "service-bus-relays",
                new UptimeInput.DeploymentMinutes(List.of(new ResourceMinutes("relay-1", monthMinutes, minutes))),
                new ClaimStatement("Relay connections failed.", Optional.of("relay-1"), Optional.empty(),
                        Optional.empty(), "Restarted the clients."))).claim().orElseThrow();
    }

    /** A Dynamics 365 Sales claim (decided within 45 days of receipt). */
    private Claim salesClaim(Customer customer) {
        LocalDate today = LocalDate.now(SlaTime.ZONE);
        Subscription term = subscriptions.create(new NewSubscription(customer.organisation().id(),
                new ServiceLevelSlug("dynamics-365-sales-enterprise"), today.minusMonths(3), today.plusMonths(9),
                BillingDay.CALENDAR, Money.cny("1000.00"), Optional.empty(), Optional.empty()), Instant.now());
        Incident incident = incident("dynamics-365-sales-enterprise", 180);
        return submissions.submit(new ClaimCommand(customer.organisation().id(), customer.user().id(),
                customer.user().email(), term.id(), IncidentRef.recorded(incident.trackingId()),
                "dynamics-365-sales-enterprise", new UptimeInput.UserMinutes(100, List.of(), 100L * 180),
                new ClaimStatement("Sign-in failed.", Optional.empty(), Optional.of(100), Optional.of("上海"),
                        "Restarted the browsers."))).claim().orElseThrow();
    }

    private Incident incident(String level, int minutes) {
        Instant start = Instant.now().minusSeconds(2 * 86_400);
        return incidents.create(new NewIncident("IT-" + UUID.randomUUID().toString().substring(0, 8),
                Set.of(new ServiceLevelSlug(level)), start, start.plusSeconds(minutes * 60L),
                new LocalizedText("Relay outage.", "中继中断。"), false, Optional.empty(), "ops@example.test"),
                Instant.now());
    }

    private AdminSession signedInAdmin() throws Exception {
        String email = "admin-" + UUID.randomUUID() + "@example.test";
        accounts.createUser(new NewUserAccount(email, "Admin Test", passwords.encode(PASSWORD), Role.ADMIN,
                Optional.empty()), Instant.now());
        AdminSession session = new AdminSession(port);
        assertThat(session.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        return session;
    }

    private Customer customer() {
        return customer("en");
    }

    private Customer customer(String language) {
        Organisation organisation = accounts.createOrganisation("Claims IT " + UUID.randomUUID(), Instant.now());
        UserAccount user = accounts.createUser(new NewUserAccount("claimant-" + UUID.randomUUID() + "@example.test",
                "Claimant Test", passwords.encode(PASSWORD), Role.CUSTOMER, Optional.of(organisation.id())),
                Instant.now());
        accounts.setPreferredLanguage(user.id(), language);
        return new Customer(organisation, accounts.user(user.id()).orElseThrow());
    }
}
