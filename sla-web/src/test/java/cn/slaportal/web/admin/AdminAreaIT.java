package cn.slaportal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.core.claim.ActorRole;
import cn.slaportal.core.claim.ClaimAction;
import cn.slaportal.core.claim.ClaimStatement;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.core.claim.ClaimTransition;
import cn.slaportal.core.claim.ServiceCreditClaim;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.core.credit.CreditCalculator;
import cn.slaportal.core.credit.CreditSchedule;
import cn.slaportal.core.credit.CreditTier;
import cn.slaportal.core.credit.ServiceCredit;
import cn.slaportal.core.uptime.UptimeMinutes;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.audit.AuditEvent;
import cn.slaportal.persistence.audit.AuditStore;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.persistence.claim.NewClaim;
import cn.slaportal.persistence.faq.FaqContent;
import cn.slaportal.persistence.faq.FaqEntry;
import cn.slaportal.persistence.faq.FaqStore;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.notice.Delivery;
import cn.slaportal.persistence.notice.DeliveryChannel;
import cn.slaportal.persistence.notice.DeliveryStatus;
import cn.slaportal.persistence.notice.MailOutboxStore;
import cn.slaportal.persistence.notice.NewOutboxMail;
import cn.slaportal.persistence.notice.Notice;
import cn.slaportal.persistence.notice.NoticeStore;
import cn.slaportal.persistence.notice.OutboxMail;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.persistence.subscription.NewSubscription;
import cn.slaportal.persistence.version.SlaDraft;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.search.ContentChangedEvent;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The administration over real HTTP, signed in as an administrator: the start page, recording and correcting
 * incidents (refusals localised, input kept, a stale correction answered 409), the public incident history, and the
 * audit log with its filters and CSV export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminAreaIT {

    private static final String PASSWORD = "admin area test password";

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
    private AuditStore audit;
    @Autowired
    private PasswordEncoder passwords;
    @Autowired
    private FaqStore faq;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private NoticeStore notices;
    @Autowired
    private MailOutboxStore outbox;
    @Autowired
    private SlaVersionStore versions;

    @Test
    void onlyAdministratorsReachTheAdministration() throws Exception {
        AdminSession anonymous = new AdminSession(port);
        AdminSession customer = new AdminSession(port);
        customer.signIn(newCustomer().email(), PASSWORD);

        assertThat(anonymous.get("/admin").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/admin").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(customer.get("/admin").statusCode()).isEqualTo(403);
        assertThat(customer.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(customer.get("/?lang=en").body()).doesNotContain("href=\"/admin\"");
    }

    @Test
    void anAdministratorLandsOnTheAdministrationAndTheHeaderLinksIt() throws Exception {
        String email = "admin-" + UUID.randomUUID() + "@example.test";
        accounts.createUser(new NewUserAccount(email, "Admin Test", passwords.encode(PASSWORD), Role.ADMIN,
                Optional.empty()), Instant.now());
        AdminSession admin = new AdminSession(port);

        HttpResponse<String> signIn = admin.signIn(email, PASSWORD);

        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/admin"));
        assertThat(admin.get("/?lang=en").body()).contains("href=\"/admin\"", ">Administration<");
    }

    @Test
    void startPageListsClaimsAwaitingADecisionOldestFirstWithTheDaysLeft() throws Exception {
        LocalDate today = LocalDate.now(SlaTime.ZONE);
        UserAccount customer = newCustomer();
        Subscription subscription = subscriptions.create(new NewSubscription(customer.organisationId().orElseThrow(),
                new ServiceLevelSlug("dynamics-365-sales-enterprise"), today.minusMonths(3), today.plusMonths(9),
                BillingDay.CALENDAR, Money.cny("1000.00"), Optional.empty(), Optional.empty()), Instant.now());
        Claim older = claim(subscription, customer, today.minusDays(2), Instant.now().minusSeconds(86_400 * 47));
        Claim newer = claim(subscription, customer, today.plusDays(10), Instant.now().minusSeconds(86_400 * 35));
        AdminSession admin = signedInAdmin();

        HttpResponse<String> english = admin.get("/admin?lang=en");
        String chinese = admin.get("/admin?lang=zh-CN").body();

        assertThat(english.statusCode()).isEqualTo(200);
        String page = english.body();
        assertThat(page.indexOf(older.reference())).isPositive().isLessThan(page.indexOf(newer.reference()));
        assertThat(page).contains("2 days overdue", "10 days", "E-mail is not configured", "Failed deliveries");
        assertThat(chinese).contains("已逾期 2 天", "10 天", "未配置电子邮件", "<html lang=\"zh-CN\"");
    }

    @Test
    void anIncidentRecordedByAnAdministratorIsAuditedAndShownPubliclyInBothLanguages() throws Exception {
        AdminSession admin = signedInAdmin();
        String trackingId = "IT-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> recorded = admin.post("/admin/incidents/new", "/admin/incidents",
                incidentForm(trackingId, "2026-03-10T02:00", "2026-03-10T04:30", "", ""));

        assertThat(recorded.statusCode()).isEqualTo(302);
        Incident stored = incidents.byTrackingId(trackingId).orElseThrow();
        assertThat(stored.startedAt()).isEqualTo(Instant.parse("2026-03-09T18:00:00Z"));
        assertThat(stored.duration().toMinutes()).isEqualTo(150);
        assertThat(audit.eventsFor("incident", trackingId)).extracting(AuditEvent::action).containsExactly("incident.record");
        assertThat(admin.get("/admin/incidents?lang=en").body()).contains("Incident " + trackingId + " recorded.");
        AdminSession visitor = new AdminSession(port);
        assertThat(visitor.get("/incidents?lang=en").body()).contains(trackingId, "Relay connections dropped.", "150 minutes");
        assertThat(visitor.get("/incidents?lang=zh-CN").body()).contains(trackingId, "中继连接中断。", "150 分钟");
    }

    @Test
    void badIncidentInputIsRefusedFieldByFieldInTheReadersLanguageAndKept() throws Exception {
        AdminSession admin = signedInAdmin();
        Map<String, List<String>> form = incidentForm("x", "2026-03-10T04:30", "2026-03-10T02:00", "true", "");
        form.put("serviceLevels", List.of("no-such-level"));
        form.put("descriptionZh", List.of(""));

        HttpResponse<String> english = admin.post("/admin/incidents/new?lang=en", "/admin/incidents?lang=en", form);
        HttpResponse<String> chinese = admin.post("/admin/incidents/new?lang=zh-CN", "/admin/incidents?lang=zh-CN", form);

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("Enter a tracking ID of 3 to 64", "Choose service levels from the list.",
                "The end must be after the start.", "Scheduled maintenance needs the date and time it was announced.",
                "Enter the description.", "value=\"2026-03-10T04:30\"", "Relay connections dropped.");
        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(chinese.body()).contains("请输入 3 到 64 个", "结束时间必须晚于开始时间。", "请输入说明。");
        assertThat(incidents.byTrackingId("x")).isEmpty();
    }

    @Test
    void aCorrectionMadeOnAStaleCopyIsAConflictAndOverwritesNothing() throws Exception {
        Incident incident = incidents.create(new NewIncident("IT-" + UUID.randomUUID().toString().substring(0, 8),
                Set.of(new ServiceLevelSlug("service-bus-relays")), Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-01T01:00:00Z"), new LocalizedText("First text.", "第一版说明。"), false,
                Optional.empty(), "someone@example.test"), Instant.now());
        AdminSession first = signedInAdmin();
        AdminSession second = signedInAdmin();
        String edit = "/admin/incidents/" + incident.id();
        Map<String, List<String>> stale = correction(incident, "Corrected by the second.");

        HttpResponse<String> firstSave = first.post(edit, edit, correction(incident, "Corrected by the first."));
        HttpResponse<String> secondSave = second.post(edit + "?lang=en", edit + "?lang=en", stale);

        assertThat(firstSave.statusCode()).isEqualTo(302);
        assertThat(secondSave.statusCode()).isEqualTo(409);
        assertThat(secondSave.body()).contains("Someone else corrected incident " + incident.trackingId(), "nothing was overwritten");
        assertThat(incidents.incident(incident.id()).orElseThrow().description().en()).isEqualTo("Corrected by the first.");
        assertThat(audit.eventsFor("incident", incident.trackingId())).extracting(AuditEvent::action)
                .containsExactly("incident.correct");
    }

    @Test
    void theAuditLogFiltersAndExportsCsvAndRefusesABadDay() throws Exception {
        String target = "audit-it-" + UUID.randomUUID();
        audit.record("auditor@example.test", "incident.correct", "incident", target, Optional.of("before, with a comma"),
                Optional.of("之后 \"quoted\""), Instant.parse("2026-02-01T04:00:00Z"));
        AdminSession admin = signedInAdmin();

        String page = admin.get("/admin/audit?lang=en&targetId=" + target).body();
        HttpResponse<String> csv = admin.get("/admin/audit/export.csv?lang=en&targetId=" + target);
        HttpResponse<String> outside = admin.get("/admin/audit?lang=en&targetId=" + target + "&from=2026-02-02");
        HttpResponse<String> bad = admin.get("/admin/audit?lang=zh-CN&from=2026-13-01&to=yesterday");

        assertThat(page).contains("1 entry", "auditor@example.test", "before, with a comma");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("\uFEFFWhen,Who,Action,Object type,Object,Before,After\r\n")
                .contains("2026-02-01T12:00:00+08:00,auditor@example.test,incident.correct,incident," + target
                        + ",\"before, with a comma\",\"之后 \"\"quoted\"\"\"");
        assertThat(outside.body()).contains("No entries");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("请按“年-月-日”格式输入日期", "value=\"yesterday\"");
    }

    @Test
    void anFaqEditIsARevisionThatTurnsPublicOnlyWhenPublished() throws Exception {
        String category = "it-" + UUID.randomUUID().toString().substring(0, 8);
        faq.importCategory(category, 99, new LocalizedText("Admin test", "管理测试"));
        faq.importEntry(category, "credits", new FaqContent(1, new LocalizedText("How are credits paid?", "服务积分如何支付？"),
                new LocalizedText("Credits are paid on the next invoice.", "服务积分在下一张发票中支付。"),
                LocalDate.of(2026, 1, 1)), Instant.now());
        events.publishEvent(new ContentChangedEvent("admin-it imported an FAQ category"));
        AdminSession admin = signedInAdmin();
        String edit = "/admin/faq/" + category + "/credits";
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("titleEn", List.of("How are credits paid?"));
        form.put("titleZh", List.of("服务积分如何支付？"));
        form.put("bodyEn", List.of("Credits are paid as a discount on the next invoice."));
        form.put("bodyZh", List.of("服务积分以折扣形式在下一张发票中支付。"));

        HttpResponse<String> saved = admin.post(edit, edit, form);
        String publicBefore = new AdminSession(port).get("/faq/" + category + "?lang=en").body();
        String diff = admin.get(edit + "/diff?from=1&to=2&lang=en").body();
        HttpResponse<String> published = admin.post(edit, edit + "/publish", Map.of("revision", List.of("2"),
                "rowVersion", List.of(Long.toString(faq.entry(category, "credits").orElseThrow().rowVersion()))));
        String publicAfter = new AdminSession(port).get("/faq/" + category + "?lang=zh-CN").body();

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(publicBefore).contains("Credits are paid on the next invoice.").doesNotContain("as a discount");
        assertThat(diff).contains("<ins>", "as a discount", "以折扣形式");
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(publicAfter).contains("服务积分以折扣形式在下一张发票中支付。");
        assertThat(audit.eventsFor("faq-entry", category + "/credits")).extracting(AuditEvent::action)
                .containsExactly("faq.save", "faq.publish");
    }

    @Test
    void anFaqRevisionWithAnEmptyLanguageIsRefusedAndKept() throws Exception {
        AdminSession admin = signedInAdmin();
        FaqEntry entry = faq.allEntries().get(0);
        int revisions = faq.revisions(entry.category(), entry.slug()).size();
        String edit = "/admin/faq/" + entry.category() + "/" + entry.slug();
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("titleEn", List.of("Kept title"));
        form.put("titleZh", List.of(""));
        form.put("bodyEn", List.of("Kept answer"));
        form.put("bodyZh", List.of("保留的回答"));

        HttpResponse<String> english = admin.post(edit + "?lang=en", edit + "?lang=en", form);
        HttpResponse<String> chinese = admin.post(edit + "?lang=zh-CN", edit + "?lang=zh-CN", form);

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("This field is required in both languages.", "value=\"Kept title\"", "保留的回答");
        assertThat(chinese.body()).contains("两种语言均须填写此字段。");
        assertThat(faq.revisions(entry.category(), entry.slug())).hasSize(revisions);
        assertThat(faq.entry(entry.category(), entry.slug()).orElseThrow().revision()).isEqualTo(entry.revision());
    }

    @Test
    void anAdministratorCreatesAnOrganisationATermAndItsRenewalAndDisablesAUser() throws Exception {
        AdminSession admin = signedInAdmin();
        String name = "组织 " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = admin.post("/admin/organisations", "/admin/organisations", Map.of("name", List.of(name)));
        long organisation = accounts.organisationNamed(name).orElseThrow().id();
        String page = "/admin/organisations/" + organisation;
        Map<String, List<String>> term = new LinkedHashMap<>();
        term.put("serviceLevel", List.of("service-bus-relays"));
        term.put("termStart", List.of("2026-01-01"));
        term.put("termEnd", List.of("2026-12-31"));
        term.put("billingDay", List.of("15"));
        term.put("monthlyFee", List.of("1,000.00"));
        term.put("suitePriceShare", List.of(""));
        term.put("resellerName", List.of("华东云服务经销有限公司"));
        term.put("retailPrice", List.of("1200"));
        HttpResponse<String> termCreated = admin.post(page, page + "/subscriptions", term);
        Subscription stored = subscriptions.subscriptionsOf(organisation).get(0);
        HttpResponse<String> renewed = admin.post(page, "/admin/subscriptions/" + stored.id() + "/renew",
                Map.of("termEnd", List.of("2027-12-31"), "monthlyFee", List.of("1100.00")));
        UserAccount user = accounts.createUser(new NewUserAccount("member-" + UUID.randomUUID() + "@example.test", "Member",
                passwords.encode(PASSWORD), Role.CUSTOMER, Optional.of(organisation)), Instant.now());
        HttpResponse<String> disabled = admin.post(page, "/admin/users/" + user.id() + "/enabled",
                Map.of("enabled", List.of("false"), "rowVersion", List.of(Long.toString(user.rowVersion()))));

        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(termCreated.statusCode()).isEqualTo(302);
        assertThat(stored.billingDay().value()).isEqualTo(15);
        assertThat(stored.monthlyFee()).isEqualTo(Money.cny("1000.00"));
        assertThat(stored.reseller()).hasValueSatisfying(r -> assertThat(r.estimatedRetailPrice()).isEqualTo(Money.cny("1200.00")));
        assertThat(renewed.statusCode()).isEqualTo(302);
        assertThat(subscriptions.renewalOf(stored.id())).hasValueSatisfying(renewal -> {
            assertThat(renewal.termStart()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(renewal.monthlyFee()).isEqualTo(Money.cny("1100.00"));
        });
        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(accounts.user(user.id()).orElseThrow().enabled()).isFalse();
        assertThat(admin.get(page + "?lang=en").body()).contains(name, "Disabled", "renewal", "华东云服务经销有限公司");
        assertThat(audit.eventsFor("subscription", Long.toString(stored.id()))).extracting(AuditEvent::action)
                .containsExactly("subscription.create");
        assertThat(audit.eventsFor("user", user.email())).extracting(AuditEvent::action).containsExactly("user.disable");
    }

    @Test
    void badTermAndRenewalInputIsRefusedFieldByFieldAndKept() throws Exception {
        AdminSession admin = signedInAdmin();
        long organisation = accounts.createOrganisation("Org " + UUID.randomUUID(), Instant.now()).id();
        String page = "/admin/organisations/" + organisation;
        Map<String, List<String>> term = new LinkedHashMap<>();
        term.put("serviceLevel", List.of("no-such-level"));
        term.put("termStart", List.of("2026-12-31"));
        term.put("termEnd", List.of("2026-01-01"));
        term.put("billingDay", List.of("31"));
        term.put("monthlyFee", List.of("12.345"));
        term.put("suitePriceShare", List.of(""));
        term.put("resellerName", List.of(""));
        term.put("retailPrice", List.of("100"));

        HttpResponse<String> english = admin.post(page + "?lang=en", page + "/subscriptions?lang=en", term);
        HttpResponse<String> chinese = admin.post(page + "?lang=zh-CN", page + "/subscriptions?lang=zh-CN", term);
        HttpResponse<String> duplicate = admin.post("/admin/organisations?lang=en", "/admin/organisations?lang=en",
                Map.of("name", List.of(accounts.organisation(organisation).orElseThrow().name())));

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("Choose a service level from the list.", "The last day must be after the first day.",
                "Enter a billing day from 1 to 28.", "Enter an amount in CNY with at most two decimals",
                "Enter the reseller", "value=\"12.345\"", "value=\"31\"");
        assertThat(chinese.body()).contains("请输入 1 到 28 之间的计费日。");
        assertThat(subscriptions.subscriptionsOf(organisation)).isEmpty();
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).contains("already exists");
    }

    @Test
    void aFailedDeliveryCanBeRetriedByHandButASentOneNever() throws Exception {
        UserAccount customer = newCustomer();
        Notice notice = notices.createNotices("service-bus", 1,
                Map.of(customer.organisationId().orElseThrow(), List.of(customer.email())), Instant.now()).get(0);
        Delivery email = notices.deliveries(notice.id()).stream()
                .filter(delivery -> delivery.channel() == DeliveryChannel.EMAIL).findFirst().orElseThrow();
        notices.markFailed(email.id(), "SMTP 554 mailbox unavailable", Instant.now(), Optional.empty());
        OutboxMail sent = outbox.enqueue(new NewOutboxMail("claim-acknowledgement", "CLM-IT-" + UUID.randomUUID(),
                customer.email(), "en", "Claim received", "text", "<p>html</p>"), Instant.now());
        outbox.markSent(sent.id(), Instant.now());
        AdminSession admin = signedInAdmin();

        String ledger = admin.get("/admin/deliveries?status=FAILED&lang=en").body();
        String start = admin.get("/admin?lang=en").body();
        HttpResponse<String> retried = admin.post("/admin/deliveries", "/admin/deliveries/notice/" + email.id() + "/retry", Map.of());
        HttpResponse<String> refused = admin.post("/admin/deliveries?lang=en", "/admin/deliveries/mail/" + sent.id() + "/retry?lang=en", Map.of());

        assertThat(ledger).contains(customer.email(), "SMTP 554 mailbox unavailable", "retry-notice-" + email.id());
        assertThat(start).contains("SMTP 554 mailbox unavailable");
        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(notices.deliveryById(email.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Only a failed delivery can be retried");
        assertThat(outbox.mail(sent.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(audit.eventsFor("notice-delivery", Long.toString(email.id()))).extracting(AuditEvent::action)
                .containsExactly("delivery.retry");
        assertThat(audit.eventsFor("mail", Long.toString(sent.id()))).isEmpty();
    }

    @Test
    void anInvitedUserSetsAPasswordOnceThroughTheLinkInTheEmail() throws Exception {
        AdminSession admin = signedInAdmin();
        long organisation = accounts.createOrganisation("Invite " + UUID.randomUUID(), Instant.now()).id();
        String page = "/admin/organisations/" + organisation;
        String email = "invited-" + UUID.randomUUID() + "@example.test";

        HttpResponse<String> invited = admin.post(page, page + "/invitations",
                Map.of("email", List.of(email), "displayName", List.of("Invited User")));
        HttpResponse<String> refused = admin.post(page + "?lang=en", page + "/invitations?lang=en",
                Map.of("email", List.of("not an address"), "displayName", List.of("")));
        UserAccount user = accounts.userByEmail(email).orElseThrow();
        OutboxMail mail = outbox.latest(Optional.empty(), 50).stream().filter(m -> m.recipient().equals(email))
                .findFirst().orElseThrow();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/invitation/([A-Za-z0-9_-]{43})").matcher(mail.text());
        assertThat(link.find()).as("link in " + mail.text()).isTrue();
        String path = "/invitation/" + link.group(1);
        AdminSession invitee = new AdminSession(port);

        assertThat(invited.statusCode()).isEqualTo(302);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Enter a valid e-mail address.", "Enter a name of at most 200 characters.");
        assertThat(mail.subject()).contains("服务级别协议门户");
        assertThat(invitee.get(path + "?lang=en").statusCode()).isEqualTo(200);
        HttpResponse<String> tooShort = invitee.post(path + "?lang=en", path + "?lang=en",
                Map.of("password", List.of("short"), "confirmation", List.of("short")));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("The new password needs 10 to 64 characters.");
        HttpResponse<String> accepted = invitee.post(path, path,
                Map.of("password", List.of("a long new password"), "confirmation", List.of("a long new password")));
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(new AdminSession(port).signIn(email, "a long new password").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account"));
        HttpResponse<String> again = new AdminSession(port).get(path + "?lang=en");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("This invitation link has already been used.");
        assertThat(new AdminSession(port).get("/invitation/not-a-token?lang=en").statusCode()).isEqualTo(404);
        assertThat(audit.eventsFor("user", email)).extracting(AuditEvent::action)
                .containsExactly("user.invite", "user.accept-invitation");
        assertThat(user.enabled()).isTrue();
    }

    @Test
    void aDraftPassesItsChecksIsSubmittedByItsAuthorAndReviewedOnlyByAnotherAdministrator() throws Exception {
        AdminSession author = signedInAdmin();
        AdminSession reviewer = signedInAdmin();
        LocalDate today = LocalDate.now(SlaTime.ZONE);

        HttpResponse<String> started = author.post("/admin/drafts", "/admin/drafts", Map.of("document", List.of("service-bus")));
        String page = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        SlaDraft draft = versions.draft(id).orElseThrow();
        author.post(page, page, draftForm(draft, today.plusDays(10), true));
        String shortNotice = author.get(page + "?lang=en").body();
        HttpResponse<String> refusedSubmit = author.post(page + "?lang=en", page + "/submit?lang=en",
                Map.of("reviewVersion", List.of("0")));
        author.post(page, page, draftForm(versions.draft(id).orElseThrow(), today.plusDays(90), true));
        HttpResponse<String> submitted = author.post(page, page + "/submit", Map.of("reviewVersion", List.of("0")));
        HttpResponse<String> ownReview = author.post(page + "?lang=en", page + "/return?lang=en",
                Map.of("reviewVersion", List.of("1"), "comment", List.of("Looks good to me.")));
        HttpResponse<String> noComment = reviewer.post(page + "?lang=en", page + "/return?lang=en",
                Map.of("reviewVersion", List.of("1"), "comment", List.of(" ")));
        String start = reviewer.get("/admin?lang=en").body();
        HttpResponse<String> returned = reviewer.post(page, page + "/return",
                Map.of("reviewVersion", List.of("1"), "comment", List.of("Clause 3.2 still says two months.")));

        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(draft.content().body().en()).isEqualTo(versions.version("service-bus", 1).orElseThrow().body().en());
        assertThat(draft.content().rules()).isPresent();
        assertThat(shortNotice).contains("it can take effect on " + today.plusDays(90) + " at the earliest");
        assertThat(refusedSubmit.statusCode()).isEqualTo(400);
        assertThat(refusedSubmit.body()).contains("cannot be submitted until every check passes");
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(start).contains("Drafts awaiting review", "/admin/drafts/" + id);
        assertThat(ownReview.statusCode()).isEqualTo(400);
        assertThat(ownReview.body()).contains("Nobody reviews their own draft");
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(noComment.body()).contains("Write a comment for the author.");
        assertThat(returned.statusCode()).isEqualTo(302);
        assertThat(author.get(page + "?lang=en").body()).contains("Clause 3.2 still says two months.", "Being written");
        assertThat(audit.eventsFor("sla-draft", Long.toString(id))).extracting(AuditEvent::action)
                .containsExactly("draft.start", "draft.save", "draft.save", "draft.submit", "draft.return");

        assertThat(author.post(page, page + "/submit", Map.of("reviewVersion", List.of("2"))).statusCode()).isEqualTo(302);
        HttpResponse<String> ownPublication = author.post(page + "?lang=en", page + "/publish?lang=en",
                Map.of("reviewVersion", List.of("3")));
        HttpResponse<String> published = reviewer.post(page, page + "/publish", Map.of("reviewVersion", List.of("3")));

        assertThat(ownPublication.statusCode()).isEqualTo(400);
        assertThat(ownPublication.body()).contains("Nobody reviews their own draft");
        assertThat(published.statusCode()).isEqualTo(302);
        String version = published.headers().firstValue("Location").orElseThrow();
        assertThat(version).matches(".*/sla/service-bus/versions/\\d+");
        int number = Integer.parseInt(version.substring(version.lastIndexOf('/') + 1));
        assertThat(versions.version("service-bus", number)).hasValueSatisfying(v -> {
            assertThat(v.summary().effectiveFrom()).isEqualTo(today.plusDays(90));
            assertThat(v.summary().publishedBy()).isEqualTo(reviewer.email());
        });
        assertThat(versions.draft(id)).isEmpty();
        assertThat(audit.eventsFor("sla-draft", Long.toString(id))).extracting(AuditEvent::action).contains("draft.approve");
    }

    @Test
    void aDraftWhoseLanguagesDifferInStructureIsRefusedNamingTheDifferenceInBothLanguages() throws Exception {
        AdminSession author = signedInAdmin();
        LocalDate today = LocalDate.now(SlaTime.ZONE);
        HttpResponse<String> started = author.post("/admin/drafts", "/admin/drafts", Map.of("document", List.of("dynamics-365")));
        String page = started.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        SlaDraft draft = versions.draft(id).orElseThrow();
        String chinese = draft.content().body().zhCn();
        String lastRow = chinese.lines().filter(line -> line.startsWith("| Dynamics 365 销售专业版 |")).findFirst().orElseThrow();

        Map<String, List<String>> rowMissing = draftForm(draft, today.plusDays(120), false);
        rowMissing.put("bodyZh", List.of(chinese.replace(lastRow + "\n", "")));
        author.post(page, page, rowMissing);
        HttpResponse<String> refused = author.post(page + "?lang=en", page + "/submit?lang=en", Map.of("reviewVersion", List.of("0")));
        String chineseTable = author.get(page + "?lang=zh-CN").body();
        Map<String, List<String>> renumbered = draftForm(versions.draft(id).orElseThrow(), today.plusDays(120), false);
        renumbered.put("bodyZh", List.of(chinese.replace("### 7.1 ", "### 7.2 ")));
        author.post(page, page, renumbered);
        String english = author.get(page + "?lang=en").body();
        String chineseHeadings = author.get(page + "?lang=zh-CN").body();

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("cannot be submitted until every check passes",
                "The two languages differ in clause 2 at block", "English has a table of 6 rows × 2 columns, Chinese has a table of 5 rows × 2 columns");
        assertThat(chineseTable).contains("两种语言在第 2 条的第", "英文为一个 6 行 × 2 列的表格，中文为一个 5 行 × 2 列的表格");
        assertThat(english).contains("Chinese text, line", "is out of sequence; expected clause 7.1",
                "The two languages have different headings from heading", "English has ### 7.1, Chinese has ### 7.2");
        assertThat(chineseHeadings).contains("中文正文，第", "的编号不连续；应为第 7.1 条", "英文为 ### 7.1，中文为 ### 7.2");
        assertThat(versions.draft(id).orElseThrow().content().body().zhCn()).contains("### 7.2 ");
    }

    private static Map<String, List<String>> draftForm(SlaDraft draft, LocalDate effective, boolean adverse) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("titleEn", List.of(draft.content().title().en()));
        form.put("titleZh", List.of(draft.content().title().zhCn()));
        form.put("summaryEn", List.of("Shortens the claim period."));
        form.put("summaryZh", List.of("缩短索赔期限。"));
        form.put("bodyEn", List.of(draft.content().body().en()));
        form.put("bodyZh", List.of(draft.content().body().zhCn()));
        form.put("rules", List.of(draft.content().rules().orElse("")));
        form.put("effectiveFrom", List.of(effective.toString()));
        form.put("adverse", adverse ? List.of("true") : List.of());
        form.put("rowVersion", List.of(Long.toString(draft.rowVersion())));
        form.put("action", List.of("save"));
        return form;
    }

    private Map<String, List<String>> correction(Incident incident, String english) {
        Map<String, List<String>> form = incidentForm(incident.trackingId(), "2026-03-01T08:00", "2026-03-01T09:30", "", "");
        form.put("descriptionEn", List.of(english));
        form.put("rowVersion", List.of(Long.toString(incident.rowVersion())));
        return form;
    }

    private static Map<String, List<String>> incidentForm(String trackingId, String start, String end, String scheduled,
                                                          String noticeAt) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("trackingId", List.of(trackingId));
        form.put("serviceLevels", List.of("service-bus-relays"));
        form.put("start", List.of(start));
        form.put("end", List.of(end));
        form.put("scheduled", scheduled.isEmpty() ? List.of() : List.of(scheduled));
        form.put("noticeAt", List.of(noticeAt));
        form.put("descriptionEn", List.of("Relay connections dropped."));
        form.put("descriptionZh", List.of("中继连接中断。"));
        form.put("rowVersion", List.of(""));
        return form;
    }

    private Claim claim(Subscription subscription, UserAccount customer, LocalDate decisionDate, Instant submittedAt) {
        Incident incident = incidents.create(new NewIncident("IT-" + UUID.randomUUID().toString().substring(0, 8),
                Set.of(subscription.serviceLevel()), submittedAt.minusSeconds(7200), submittedAt.minusSeconds(3600),
                new LocalizedText("Sign-in failed.", "登录失败。"), false, Optional.empty(), "someone@example.test"),
                submittedAt);
        UptimeMinutes minutes = new UptimeMinutes(44_640, 60);
        ApplicableFee fee = ApplicableFee.monthlyFee(Money.cny("1000.00"));
        ServiceCreditClaim core = new ServiceCreditClaim(subscription.serviceLevel(), new SlaDocument("dynamics-365"), 1,
                BillingMonth.containing(LocalDate.ofInstant(incident.startedAt(), SlaTime.ZONE), BillingDay.CALENDAR),
                minutes, fee, ClaimStatus.SUBMITTED, List.of(), Optional.empty());
        ClaimTransition submitted = new ClaimTransition(ClaimAction.SUBMIT, Optional.empty(), ClaimStatus.SUBMITTED,
                customer.email(), ActorRole.CUSTOMER, submittedAt, Optional.empty(), List.of(), Optional.empty());
        ServiceCredit credit = new CreditCalculator().assess(CreditSchedule.of(CreditTier.below("99.9", "10")), minutes,
                fee);
        return claims.insert(claims.nextReference(submittedAt), new NewClaim(subscription.id(), incident.id(), core,
                submitted, new ClaimStatement("Sign-in failed.", Optional.empty(), Optional.of(20), Optional.of("上海"),
                        "Restarted."), incident.startedAt(), 60, credit, decisionDate.plusDays(30),
                Optional.of(decisionDate), customer.id()));
    }

    private AdminSession signedInAdmin() throws Exception {
        return AdminSession.newAdministrator(port, accounts, passwords);
    }

    private UserAccount newCustomer() {
        long organisation = accounts.createOrganisation("Admin IT " + UUID.randomUUID(), Instant.now()).id();
        return accounts.createUser(new NewUserAccount("customer-" + UUID.randomUUID() + "@example.test", "Customer Test",
                passwords.encode(PASSWORD), Role.CUSTOMER, Optional.of(organisation)), Instant.now());
    }
}
