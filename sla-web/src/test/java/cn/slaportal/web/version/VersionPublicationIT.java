package cn.slaportal.web.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.InvalidRuleSet;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Organisation;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.notice.Delivery;
import cn.slaportal.persistence.notice.DeliveryChannel;
import cn.slaportal.persistence.notice.DeliveryStatus;
import cn.slaportal.persistence.notice.Notice;
import cn.slaportal.persistence.notice.NoticeStore;
import cn.slaportal.persistence.subscription.NewSubscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.persistence.version.SlaDraft;
import cn.slaportal.persistence.version.SlaDraftContent;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import cn.slaportal.persistence.audit.AuditEvent;
import cn.slaportal.persistence.audit.AuditStore;
import cn.slaportal.web.MovableClock;
import cn.slaportal.web.admin.AdminSession;
import cn.slaportal.web.draft.NewSlaDocument;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import cn.slaportal.web.catalog.PublishedRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Version publication on every path that publishes (an administrator's version, a draft; the demo loader uses the
 * first and is covered by {@code DemoDataTest}): the notice rule with the earliest allowed date named, the rule set,
 * notices with a delivery per user and channel, the rule book refreshed after the commit. Each test publishes a
 * document of its own; the clock stands at 2026-03-01 10:00 Asia/Shanghai.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(MovableClock.Configuration.class)
class VersionPublicationIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Autowired
    VersionPublicationService publication;
    @Autowired
    SlaVersionStore versions;
    @Autowired
    PublishedRules rules;
    @Autowired
    AccountStore accounts;
    @Autowired
    SubscriptionStore subscriptions;
    @Autowired
    NoticeStore notices;
    @Autowired
    AuditStore audit;
    @Autowired
    PasswordEncoder passwords;
    @LocalServerPort
    int port;

    private static String rulesOf(String document) {
        return """
                document: %s
                claims-clause: 1
                claim-information: DETAILED_DESCRIPTION, RESOLUTION_ATTEMPTS

                level: %s-level
                  name.en: Demo level
                  name.zh-CN: 演示级别
                  uptime-method: DEPLOYMENT_MINUTES
                  tiers: < 99.9 -> 10
                  tiers-clause: 1
                  deadline: billing-months 1
                  credit-frequency: CAPPED_BY_MONTHLY_FEE
                """.formatted(document, document);
    }

    private static NewVersion version(String document, LocalDate effective, boolean adverse, String rules) {
        return new NewVersion(document, new LocalizedText("SLA", "服务级别协议"), new LocalizedText("New", "新版"),
                new LocalizedText("## 1. Terms", "## 1. 条款"), rules, effective, adverse, "admin@example.cn",
                VersionOrigin.ADMIN);
    }

    private static String document() {
        return "doc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdverseVersionWithShortNoticeIsRefusedNamingTheEarliestAllowedDate() {
        String document = document();
        assertThatThrownBy(() -> publication.publish(version(document, TODAY.plusDays(89), true, rulesOf(document))))
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("version.error.adverse-notice-too-short");
                    assertThat(violation.arguments()).containsExactly("2026-05-29", "2026-05-30", 90);
                });
        assertThat(versions.versions(document)).isEmpty();

        assertThat(publication.publish(version(document, TODAY.plusDays(90), true, rulesOf(document))).number())
                .isEqualTo(1);
    }

    @Test
    void noVersionIsBackdated() {
        String document = document();
        assertThatThrownBy(() -> publication.publish(version(document, TODAY.minusDays(1), false, rulesOf(document))))
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("version.error.backdated");
                    assertThat(violation.arguments()).containsExactly("2026-02-28", "2026-03-01");
                });
        assertThat(publication.publish(version(document, TODAY, false, rulesOf(document))).summary().effectiveFrom())
                .isEqualTo(TODAY);
    }

    @Test
    void aDraftIsPublishedOnlyUnderTheSameNoticeRule() {
        String document = document();
        publication.publish(version(document, TODAY, false, rulesOf(document)));
        SlaDraft draft = versions.createDraft(document, new SlaDraftContent(new LocalizedText("SLA", "服务级别协议"),
                new LocalizedText("Shorter claims", "缩短索赔期限"), new LocalizedText("## 1. Terms", "## 1. 条款"),
                TODAY.plusDays(30), true, Optional.of(rulesOf(document))), "author@example.cn", TODAY.atStartOfDay()
                .toInstant(java.time.ZoneOffset.UTC));

        assertThatThrownBy(() -> publication.publishDraft(draft.id(), draft.rowVersion(), "reviewer@example.cn"))
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("version.error.adverse-notice-too-short");
                    assertThat(violation.arguments()).containsExactly("2026-03-31", "2026-05-30", 90);
                });
        assertThat(versions.draft(draft.id())).isPresent();
        assertThat(versions.versions(document)).hasSize(1);
    }

    @Test
    void anInvalidRuleSetOrOneOfAnotherDocumentIsRefused() {
        String document = document();
        assertThatThrownBy(() -> publication.publish(version(document, TODAY, false,
                rulesOf(document).replace("< 99.9 -> 10", "< 99.9 -> 110")))).isInstanceOf(InvalidRuleSet.class);
        assertThatThrownBy(() -> publication.publish(version(document, TODAY, false, rulesOf("other-doc"))))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("version.error.rules-document"));
        assertThat(versions.versions(document)).isEmpty();
    }

    @Test
    void aPublishedVersionCarriesItsRulesNotifiesEverySubscribedUserAndIsInTheRuleBook() {
        String document = document();
        Organisation subscribed = accounts.createOrganisation("Org " + document, TODAY.atStartOfDay()
                .toInstant(java.time.ZoneOffset.UTC));
        for (String name : List.of("a", "b")) {
            accounts.createUser(new NewUserAccount(name + "-" + document + "@example.cn", name, "{noop}x",
                    Role.CUSTOMER, Optional.of(subscribed.id())), TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        }
        subscriptions.create(new NewSubscription(subscribed.id(), new ServiceLevelSlug(document + "-level"), TODAY,
                TODAY.plusYears(1), BillingDay.CALENDAR, Money.cny("100.00"), Optional.empty(), Optional.empty()),
                TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));

        SlaVersionRecord published = publication.publish(version(document, TODAY.plusDays(10), false, rulesOf(document)));

        assertThat(versions.rules(document, 1)).contains(rulesOf(document));
        List<Notice> sent = notices.noticesFor(document, 1);
        assertThat(sent).singleElement().satisfies(notice -> {
            assertThat(notice.organisationId()).isEqualTo(subscribed.id());
            assertThat(notices.deliveries(notice.id())).extracting(Delivery::channel, Delivery::status, Delivery::recipient)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(DeliveryChannel.PORTAL, DeliveryStatus.SENT,
                                    "a-" + document + "@example.cn"),
                            org.assertj.core.groups.Tuple.tuple(DeliveryChannel.EMAIL, DeliveryStatus.PENDING,
                                    "a-" + document + "@example.cn"),
                            org.assertj.core.groups.Tuple.tuple(DeliveryChannel.PORTAL, DeliveryStatus.SENT,
                                    "b-" + document + "@example.cn"),
                            org.assertj.core.groups.Tuple.tuple(DeliveryChannel.EMAIL, DeliveryStatus.PENDING,
                                    "b-" + document + "@example.cn"));
        });
        assertThat(rules.book().version(new SlaDocument(document), published.number()))
                .as("the rule book is refreshed after the commit").isPresent();
    }

    @Test
    void aNewDocumentIsCreatedInTheAdministrationReviewedPublishedAndShownLikeTheSeededOnes() throws Exception {
        AdminSession author = admin();
        AdminSession reviewer = admin();
        NewSlaDocument created = NewSlaDocument.fresh();
        String form = "/admin/documents/new";

        Map<String, List<String>> badSlug = created.form(TODAY);
        badSlug.put("slug", List.of("Event Hubs!"));
        HttpResponse<String> malformed = author.post(form + "?lang=en", form + "?lang=en", badSlug);
        Map<String, List<String>> taken = created.form(TODAY);
        taken.put("slug", List.of("service-bus"));
        taken.put("rules", List.of(created.rules().replace("document: " + created.slug(), "document: service-bus")));
        HttpResponse<String> duplicate = author.post(form + "?lang=zh-CN", form + "?lang=zh-CN", taken);
        Map<String, List<String>> english = created.form(TODAY);
        english.put("titleZh", List.of(""));
        english.put("bodyZh", List.of(" "));
        HttpResponse<String> oneLanguage = author.post(form + "?lang=en", form + "?lang=en", english);
        Map<String, List<String>> badRules = created.form(TODAY);
        badRules.put("rules", List.of(created.rules().replace("< 99 -> 25", "< 99 -> lots")));
        HttpResponse<String> unreadable = author.post(form + "?lang=en", form + "?lang=en", badRules);
        Map<String, List<String>> stolen = created.form(TODAY);
        stolen.put("rules", List.of(created.rules().replace("level: " + created.level(), "level: service-bus-relays")));
        HttpResponse<String> otherLevel = author.post(form + "?lang=zh-CN", form + "?lang=zh-CN", stolen);

        assertThat(List.of(malformed, duplicate, oneLanguage, unreadable, otherLevel))
                .extracting(HttpResponse::statusCode).containsOnly(400);
        assertThat(malformed.body()).contains("id=\"slug-error\"", "Use lower-case letters and digits",
                "value=\"Event Hubs!\"", created.titleZh());
        assertThat(duplicate.body()).contains("已存在名为 service-bus 的 SLA 文档。");
        assertThat(oneLanguage.body()).contains("id=\"titleZh-error\"", "id=\"bodyZh-error\"",
                "This field is required in both languages.", "value=\"" + created.titleEn() + "\"");
        assertThat(unreadable.body()).contains("id=\"rules-error\"", "The rule set cannot be read (line 9)");
        assertThat(otherLevel.body()).contains("服务级别 service-bus-relays 属于 service-bus SLA");
        assertThat(versions.documentExists(created.slug())).isFalse();

        HttpResponse<String> started = author.post(form, form, created.form(TODAY));
        String page = path(started);
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        String draftPage = author.get(page + "?lang=en").body();
        HttpResponse<String> submitted = author.post(page, page + "/submit", Map.of("reviewVersion", List.of("0")));
        HttpResponse<String> published = reviewer.post(page, page + "/publish", Map.of("reviewVersion", List.of("1")));

        assertThat(draftPage).contains("first version of a new SLA", "Every check passes.");
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(path(published)).isEqualTo("/sla/" + created.slug() + "/versions/1");
        assertThat(versions.version(created.slug(), 1)).hasValueSatisfying(v -> {
            assertThat(v.summary().publishedBy()).isEqualTo(reviewer.email());
            assertThat(v.summary().origin()).isEqualTo(VersionOrigin.ADMIN);
        });
        assertThat(versions.rules(created.slug(), 1)).contains(created.rules().strip());
        assertThat(audit.eventsFor("sla-draft", Long.toString(id))).extracting(AuditEvent::action)
                .containsExactly("draft.start-document", "draft.submit", "draft.approve");

        assertThat(anonymous("/sla?lang=en")).contains(created.titleEn(), "/sla/" + created.slug());
        assertThat(anonymous("/sla/" + created.slug() + "?lang=zh-CN")).contains(created.titleZh(), "事件中心标准层");
        assertThat(anonymous("/sla/" + created.slug() + "/versions?lang=en")).contains("Version 1");
        assertThat(anonymous("/sla/" + created.slug() + "/versions/1.json")).contains("\"document\":\"" + created.slug() + "\"", created.titleEn());
        assertThat(anonymous("/sla/feed.atom")).contains("/sla/" + created.slug() + "/versions/1");
        assertThat(anonymous("/api/v1/service-levels")).contains(created.level());
        assertThat(anonymous("/calculator?lang=en")).contains(created.levelNameEn());
        long deadline = System.nanoTime() + 15_000_000_000L;
        String search = anonymous("/search?lang=en&q=Event+Hubs");
        while (!search.contains("/sla/" + created.slug()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            search = anonymous("/search?lang=en&q=Event+Hubs");
        }
        assertThat(search).as("search finds the new document").contains("/sla/" + created.slug());
    }

    private AdminSession admin() throws Exception {
        String email = "admin-" + UUID.randomUUID() + "@example.test";
        accounts.createUser(new NewUserAccount(email, "Admin", passwords.encode("publication test password"), Role.ADMIN,
                Optional.empty()), Instant.now());
        AdminSession session = new AdminSession(port);
        assertThat(session.signIn(email, "publication test password").statusCode()).isEqualTo(302);
        return session;
    }

    private static String path(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as("a redirect").isEqualTo(302);
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private String anonymous(String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }
}
