package cn.slaportal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Organisation;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.faq.FaqEntry;
import cn.slaportal.persistence.faq.FaqStore;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.persistence.notice.MailOutboxStore;
import cn.slaportal.persistence.notice.NewOutboxMail;
import cn.slaportal.persistence.notice.OutboxMail;
import cn.slaportal.persistence.subscription.NewSubscription;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.account.InvitationService;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

/**
 * Every administrative form posted with bad values over real HTTP, in both languages, one table row a form: the
 * answer is a refusal (4xx, or 200 with the error), never a 5xx; each refusal stands next to its field (the element
 * {@code <field>-error}) in the requested language, as the bundle words it; what was typed is still in the form;
 * nothing was stored. Shares the application context of {@link AdminAreaIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminFormsRefuseBadInputIT {

    private static final String PASSWORD = "admin forms test password";
    private static final Pattern INVITATION_LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    private int port;

    @Autowired
    private AccountStore accounts;
    @Autowired
    private SubscriptionStore subscriptions;
    @Autowired
    private IncidentStore incidents;
    @Autowired
    private FaqStore faq;
    @Autowired
    private MailOutboxStore outbox;
    @Autowired
    private InvitationService invitations;
    @Autowired
    private PasswordEncoder passwords;
    @Autowired
    private MessageSource messages;

    private String admin;
    private Organisation organisation;
    private Subscription term;
    private UserAccount member;
    private Incident incident;
    private FaqEntry entry;
    private String invitationToken;
    private OutboxMail sentMail;

    /** A message expected next to a field: the id of the element that holds it, the bundle key and its arguments. */
    record Refusal(String elementId, String key, Object... arguments) {
    }

    /**
     * One bad submission: the page holding the form, the address it posts to, the fields, the refusals expected
     * and the markup that shows the typed values kept. A refusal with no element id is a page of its own (404, 409).
     */
    record BadForm(String name, String formPage, String action, Map<String, List<String>> fields, List<Refusal> refusals,
                   List<String> kept) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void adminAndObjectsToChange() {
        admin = "forms-admin-" + UUID.randomUUID() + "@example.test";
        accounts.createUser(new NewUserAccount(admin, "Forms Admin", passwords.encode(PASSWORD), Role.ADMIN, Optional.empty()),
                Instant.now());
        organisation = accounts.createOrganisation("Forms " + UUID.randomUUID(), Instant.now());
        term = subscriptions.create(new NewSubscription(organisation.id(), new ServiceLevelSlug("service-bus-relays"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), BillingDay.CALENDAR, Money.cny("1000.00"),
                Optional.empty(), Optional.empty()), Instant.now());
        member = accounts.createUser(new NewUserAccount("member-" + UUID.randomUUID() + "@example.test", "Member",
                passwords.encode(PASSWORD), Role.CUSTOMER, Optional.of(organisation.id())), Instant.now());
        incident = incidents.create(new NewIncident("FORMS-" + UUID.randomUUID().toString().substring(0, 8),
                Set.of(new ServiceLevelSlug("service-bus-relays")), Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-03-01T01:00:00Z"), new LocalizedText("First text.", "第一版说明。"), false,
                Optional.empty(), admin), Instant.now());
        entry = faq.allEntries().get(0);
        String invited = "invited-" + UUID.randomUUID() + "@example.test";
        assertThat(invitations.invite(organisation, invited, "Invited", admin).done()).isTrue();
        OutboxMail invitation = outbox.latest(Optional.empty(), 200).stream().filter(m -> m.recipient().equals(invited))
                .findFirst().orElseThrow();
        Matcher link = INVITATION_LINK.matcher(invitation.text());
        assertThat(link.find()).as("link in the invitation").isTrue();
        invitationToken = link.group(1);
        sentMail = outbox.enqueue(new NewOutboxMail("claim-acknowledgement", "CLM-FORMS-" + UUID.randomUUID(),
                member.email(), "en", "Claim received", "text", "<p>html</p>"), Instant.now());
        outbox.markSent(sentMail.id(), Instant.now());
    }

    Stream<Arguments> badForms() {
        String orgPage = "/admin/organisations/" + organisation.id();
        String faqPage = "/admin/faq/" + entry.category() + "/" + entry.slug();
        String incidentPage = "/admin/incidents/" + incident.id();
        String invitationPage = "/invitation/" + invitationToken;
        String longName = "名".repeat(201);
        List<BadForm> forms = List.of(
                new BadForm("record an incident", "/admin/incidents/new", "/admin/incidents",
                        fields("trackingId", "x", "serviceLevels", "no-such-level", "start", "2026-02-30T10:00",
                                "end", "soon", "noticeAt", "2026-03-01T08:00", "descriptionEn", "",
                                "descriptionZh", "中继连接中断。", "rowVersion", ""),
                        List.of(new Refusal("trackingId-error", "incident.form.error.tracking-id"),
                                new Refusal("serviceLevels-error", "incident.form.error.unknown-level"),
                                new Refusal("start-error", "incident.form.error.time"),
                                new Refusal("end-error", "incident.form.error.time"),
                                new Refusal("noticeAt-error", "incident.form.error.notice-unscheduled"),
                                new Refusal("descriptionEn-error", "incident.form.error.description-required")),
                        List.of("value=\"x\"", "value=\"2026-02-30T10:00\"", "value=\"soon\"", "value=\"2026-03-01T08:00\"",
                                ">中继连接中断。</textarea>")),
                new BadForm("correct an incident", incidentPage, incidentPage,
                        fields("trackingId", incident.trackingId(), "serviceLevels", "service-bus-relays",
                                "start", "2026-03-01T08:00", "end", "2026-03-01T07:00", "scheduled", "true",
                                "noticeAt", "", "descriptionEn", "E".repeat(4001), "descriptionZh", "更正。",
                                "rowVersion", "not-a-version"),
                        List.of(new Refusal("end-error", "incident.form.error.end-before-start"),
                                new Refusal("noticeAt-error", "incident.form.error.notice-required"),
                                new Refusal("descriptionEn-error", "incident.form.error.description-long", 4000)),
                        List.of("value=\"2026-03-01T07:00\"", ">更正。</textarea>")),
                new BadForm("edit an FAQ entry", faqPage, faqPage,
                        fields("titleEn", " ", "titleZh", "标".repeat(501), "bodyEn", "Kept answer.", "bodyZh", ""),
                        List.of(new Refusal("titleEn-error", "faq.edit.error.required"),
                                new Refusal("titleZh-error", "faq.edit.error.long", 500),
                                new Refusal("bodyZh-error", "faq.edit.error.required")),
                        List.of(">Kept answer.</textarea>", "value=\"" + "标".repeat(500))),
                new BadForm("publish an FAQ revision", faqPage, faqPage + "/publish",
                        fields("revision", "abc", "rowVersion", "1"),
                        List.of(new Refusal(null, "faq.admin.error.no-revision", "abc")), List.of()),
                new BadForm("create an organisation", "/admin/organisations", "/admin/organisations",
                        fields("name", longName),
                        List.of(new Refusal("name-error", "organisation.form.error.name")),
                        List.of("value=\"" + longName + "\"")),
                new BadForm("create a subscription term", orgPage, orgPage + "/subscriptions",
                        fields("serviceLevel", "no-such-level", "termStart", "2026-02-30", "termEnd", "next year",
                                "billingDay", "0", "monthlyFee", "ten", "suitePriceShare", "1.234",
                                "resellerName", "", "retailPrice", "abc"),
                        List.of(new Refusal("serviceLevel-error", "organisation.term.error.level"),
                                new Refusal("termStart-error", "organisation.form.error.day"),
                                new Refusal("termEnd-error", "organisation.form.error.day"),
                                new Refusal("billingDay-error", "organisation.term.error.billing-day"),
                                new Refusal("monthlyFee-error", "organisation.form.error.amount"),
                                new Refusal("suitePriceShare-error", "organisation.form.error.amount"),
                                new Refusal("resellerName-error", "organisation.term.error.reseller"),
                                new Refusal("retailPrice-error", "organisation.form.error.amount")),
                        List.of("value=\"2026-02-30\"", "value=\"next year\"", "value=\"0\"", "value=\"ten\"",
                                "value=\"1.234\"", "value=\"abc\"")),
                new BadForm("renew a term", orgPage, "/admin/subscriptions/" + term.id() + "/renew",
                        fields("termEnd", "2026-06-30", "monthlyFee", "-5"),
                        List.of(new Refusal("renew-end-" + term.id() + "-error", "organisation.renewal.error.end", "2027-01-01"),
                                new Refusal("renew-fee-" + term.id() + "-error", "organisation.form.error.amount")),
                        List.of("value=\"2026-06-30\"", "value=\"-5\"")),
                new BadForm("invite a user", orgPage, orgPage + "/invitations",
                        fields("email", "not an address", "displayName", longName),
                        List.of(new Refusal("invite-email-error", "invitation.error.email"),
                                new Refusal("invite-name-error", "invitation.error.name")),
                        List.of("value=\"not an address\"", "value=\"" + longName + "\"")),
                new BadForm("set a short invited password", invitationPage, invitationPage,
                        fields("password", "short", "confirmation", "short"),
                        List.of(new Refusal("password-error", "profile.error.password-length", 10)), List.of()),
                new BadForm("set an invited password confirmed differently", invitationPage, invitationPage,
                        fields("password", "a long enough password", "confirmation", "another long password"),
                        List.of(new Refusal("confirmation-error", "profile.error.password-confirmation")), List.of()),
                new BadForm("disable a user without saying so", orgPage, "/admin/users/" + member.id() + "/enabled",
                        fields("enabled", "maybe", "rowVersion", Long.toString(member.rowVersion())),
                        List.of(new Refusal("toggle-" + member.id() + "-error", "organisation.users.error.request",
                                member.email())), List.of()),
                new BadForm("disable a user with a broken row version", orgPage, "/admin/users/" + member.id() + "/enabled",
                        fields("enabled", "false", "rowVersion", "latest"),
                        List.of(new Refusal("toggle-" + member.id() + "-error", "organisation.users.error.request",
                                member.email())), List.of()),
                new BadForm("retry a delivery of no kind", "/admin/deliveries", "/admin/deliveries/parcel/1/retry",
                        fields(), List.of(new Refusal(null, "delivery.error.not-found", "1")), List.of()),
                new BadForm("retry a delivery with no number", "/admin/deliveries", "/admin/deliveries/mail/first/retry",
                        fields(), List.of(new Refusal(null, "delivery.error.not-found", "first")), List.of()),
                new BadForm("retry a sent e-mail", "/admin/deliveries", "/admin/deliveries/mail/" + sentMail.id() + "/retry",
                        fields(), List.of(new Refusal(null, "delivery.retry.error.not-failed")), List.of()));
        return forms.stream().flatMap(form -> Stream.of("en", "zh-CN").map(language -> Arguments.of(form, language)));
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("badForms")
    void aBadSubmissionIsRefusedNextToItsFieldsInTheReadersLanguageWithTheInputKept(BadForm form, String language)
            throws Exception {
        AdminSession session = new AdminSession(port);
        assertThat(session.signIn(admin, PASSWORD).statusCode()).isEqualTo(302);
        String query = "?lang=" + language;
        Locale locale = Locale.forLanguageTag(language);
        long usersEnabled = accounts.usersOf(organisation.id()).stream().filter(UserAccount::enabled).count();

        HttpResponse<String> answer = session.post(form.formPage() + query, form.action() + query, form.fields());

        assertThat(answer.statusCode()).as("status of %s", form).satisfiesAnyOf(
                status -> assertThat(status).isBetween(400, 499), status -> assertThat(status).isEqualTo(200));
        String page = answer.body();
        assertThat(page).as("language of the answer").contains("<html lang=\"" + language + "\"");
        for (Refusal refusal : form.refusals()) {
            String expected = messages.getMessage(refusal.key(), refusal.arguments(), locale);
            if (refusal.elementId() == null) {
                assertThat(HtmlUtils.htmlUnescape(page)).as("%s on the page", refusal.key()).contains(expected);
            } else {
                assertThat(textOf(page, refusal.elementId())).as("%s next to its field", refusal.key())
                        .contains(expected);
            }
        }
        assertThat(form.kept()).allSatisfy(markup -> assertThat(page).as("typed value kept").contains(markup));
        assertThat(accounts.usersOf(organisation.id()).stream().filter(UserAccount::enabled).count())
                .as("no user disabled").isEqualTo(usersEnabled);
        assertThat(subscriptions.subscriptionsOf(organisation.id())).as("no term stored").hasSize(1);
        assertThat(incidents.incident(incident.id()).orElseThrow().description().en()).isEqualTo("First text.");
    }

    /** The unescaped text of the element with the id; empty when there is none. */
    private static Optional<String> textOf(String page, String id) {
        Matcher element = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
                .matcher(page);
        return element.find() ? Optional.of(HtmlUtils.htmlUnescape(element.group(2)).strip()) : Optional.empty();
    }

    private static Map<String, List<String>> fields(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            fields.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return fields;
    }
}
