package cn.slaportal.web.demo;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.RuleSet;
import cn.slaportal.core.catalog.RuleSetFormat;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.claim.CitedExclusion;
import cn.slaportal.core.claim.ClaimStatement;
import cn.slaportal.core.claim.DeadlineRule;
import cn.slaportal.core.uptime.Maintenance;
import cn.slaportal.core.uptime.ResourceMinutes;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Organisation;
import cn.slaportal.persistence.audit.AuditStore;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.persistence.subscription.NewSubscription;
import cn.slaportal.persistence.subscription.Reseller;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import cn.slaportal.web.claim.ClaimCommand;
import cn.slaportal.web.claim.ClaimDecisionService;
import cn.slaportal.web.claim.ClaimSubmissionService;
import cn.slaportal.web.claim.IncidentRef;
import cn.slaportal.web.incident.IncidentService;
import cn.slaportal.web.version.NewVersion;
import cn.slaportal.web.version.VersionPublicationService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data after the content import, once: when the demo administrator exists, people and
 * claims are left as they are; the demo v2 of service-bus is added only while the document has no v2. Claims and
 * their steps go through the claim submission and decision services, the v2 through version publication (with the
 * notice rule), exactly as a user's would.
 * Dates are relative to the start-up day (incidents last month, so their claims are within deadline;
 * the v2 takes effect 120 days after start-up, so it is shown as scheduled).
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoData implements ApplicationRunner {

    static final String CONTOSO = "Contoso 上海有限公司";
    static final String FABRIKAM = "Fabrikam 北京科技有限公司";
    static final String SERVICE_BUS = "service-bus";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final String ACTOR = DemoAccounts.ADMIN.email;
    private static final int DEMO_V2_EFFECTIVE_AFTER_DAYS = 120;

    private final AccountStore accounts;
    private final SubscriptionStore subscriptions;
    private final IncidentService incidents;
    private final ClaimSubmissionService submissions;
    private final ClaimDecisionService decisions;
    private final VersionPublicationService publication;
    private final SlaVersionStore versions;
    private final AuditStore audit;
    private final Clock clock;

    DemoData(AccountStore accounts, SubscriptionStore subscriptions, IncidentService incidents,
             ClaimSubmissionService submissions, ClaimDecisionService decisions, VersionPublicationService publication,
             SlaVersionStore versions, AuditStore audit, Clock clock) {
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.incidents = incidents;
        this.submissions = submissions;
        this.decisions = decisions;
        this.publication = publication;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SlaTime.ZONE);
        if (accounts.userByEmail(DemoAccounts.ADMIN.email).isEmpty()) {
            loadPeopleAndClaims(now, today);
            LOG.info("Demo data loaded: organisations, users, subscriptions, incidents and claims");
        } else if (accounts.userByEmail(DemoAccounts.REVIEWER.email).isEmpty()) {
            DemoAccounts reviewer = DemoAccounts.REVIEWER;
            accounts.createUser(new NewUserAccount(reviewer.email, reviewer.displayName,
                    reviewer.passwordHash, reviewer.role, Optional.empty()), now);
        }
        if (versions.version(SERVICE_BUS, 2).isEmpty() && versions.nextNumber(SERVICE_BUS) == 2) {
            publishScheduledServiceBusV2(today);
            LOG.info("Demo data: service-bus v2 published, effective {}", today.plusDays(DEMO_V2_EFFECTIVE_AFTER_DAYS));
        } else if (versions.version(SERVICE_BUS, 2).filter(v2 -> v2.summary().origin() == VersionOrigin.DEMO).isPresent()
                && versions.rules(SERVICE_BUS, 2).isEmpty()) {
            publication.attachMissingRules(SERVICE_BUS, 2, v2Rules(v1Rules()));
            LOG.info("Demo data: the rule set of the demo service-bus v2 stored before rule sets existed is attached");
        }
    }

    private void loadPeopleAndClaims(Instant now, LocalDate today) {
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        for (String name : List.of(CONTOSO, FABRIKAM)) {
            organisations.put(name, accounts.organisationNamed(name).orElseGet(() -> accounts.createOrganisation(name, now)));
        }
        Map<DemoAccounts, Long> users = new EnumMap<>(DemoAccounts.class);
        for (DemoAccounts account : DemoAccounts.values()) {
            Optional<Long> organisation = Optional.ofNullable(account.organisation).map(name -> organisations.get(name).id());
            users.put(account, accounts.createUser(new NewUserAccount(account.email, account.displayName,
                    account.passwordHash, account.role, organisation), now).id());
        }
        audit.record(ACTOR, "demo.load", "organisation", "demo", Optional.empty(),
                Optional.of("organisations=" + organisations.keySet() + " users=" + users.size()), now);

        long contoso = organisations.get(CONTOSO).id();
        long fabrikam = organisations.get(FABRIKAM).id();
        YearMonth thisMonth = YearMonth.from(today);
        LocalDate termStart = thisMonth.minusMonths(10).atDay(1);

        Subscription contosoQueuesOld = subscriptions.create(term(contoso, "service-bus-queues-topics",
                termStart.minusYears(1), BillingDay.CALENDAR, "3000.00", Optional.empty(), Optional.empty()), now);
        Subscription contosoQueues = subscriptions.renew(contosoQueuesOld.id(), termStart.plusYears(1).minusDays(1),
                Money.cny("3200.00"), now);
        Subscription contosoSales = subscriptions.create(term(contoso, "dynamics-365-sales-enterprise",
                thisMonth.minusMonths(6).atDay(1), BillingDay.CALENDAR, "45000.00", Optional.empty(), Optional.empty()), now);
        Subscription fabrikamRelays = subscriptions.create(term(fabrikam, "service-bus-relays", termStart,
                new BillingDay(15), "1000.00", Optional.empty(),
                Optional.of(new Reseller("华东云服务经销有限公司", Money.cny("1200.00")))), now);
        Subscription fabrikamFinance = subscriptions.create(term(fabrikam, "dynamics-365-finance-operations", termStart,
                BillingDay.CALENDAR, "20000.00", Optional.of(Money.cny("8000.00")), Optional.empty()), now);

        YearMonth lastMonth = thisMonth.minusMonths(1);
        Incident busOutage = incidents.record(incident("DEMO-INC-0001", Set.of("service-bus-queues-topics", "service-bus-relays"),
                lastMonth.atDay(10).atTime(2, 0), 150, false, Optional.empty(),
                new LocalizedText("Service Bus messaging and relay connections failed in China East 2.",
                        "中国东部 2 区域的服务总线消息传送和中继连接失败。")));
        Incident salesOutage = incidents.record(incident("DEMO-INC-0002", Set.of("dynamics-365-sales-enterprise"),
                lastMonth.atDay(12).atTime(9, 0), 180, false, Optional.empty(),
                new LocalizedText("Users could not sign in to Dynamics 365 Sales.", "用户无法登录 Dynamics 365 Sales。")));
        LocalDateTime maintenanceStart = lastMonth.atDay(20).atTime(1, 0);
        incidents.record(incident("DEMO-INC-0003", Set.of("dynamics-365-finance-operations"), maintenanceStart, 240, true,
                Optional.of(maintenanceStart.minusDays(7).atZone(SlaTime.ZONE).toInstant()),
                new LocalizedText("Scheduled maintenance of the Finance and Operations tenant (announced 7 days ahead).",
                        "财务和运营租户的计划内维护（提前 7 天通知）。")));
        Incident financeOutage = incidents.record(incident("DEMO-INC-0004", Set.of("dynamics-365-finance-operations"),
                lastMonth.atDay(5).atTime(14, 0), 600, false, Optional.empty(),
                new LocalizedText("End users could not log in to the Active Tenant.", "最终用户无法登录活动租户。")));
        Incident relayBlip = incidents.record(incident("DEMO-INC-0005", Set.of("service-bus-relays", "service-bus-queues-topics"),
                lastMonth.atDay(18).atTime(22, 15), 45, false, Optional.empty(),
                new LocalizedText("Intermittent relay connection errors.", "中继连接间歇性出错。")));
        // Not claimed by anyone: every demo customer (Contoso's queues, Fabrikam's relays) sees it as claimable at once.
        incidents.record(incident("DEMO-INC-0006", Set.of("service-bus-queues-topics", "service-bus-relays"),
                lastMonth.atDay(25).atTime(3, 0), 90, false, Optional.empty(),
                new LocalizedText("Send and receive operations timed out in China North 2.",
                        "中国北部 2 区域的发送和接收操作超时。")));

        long alice = users.get(DemoAccounts.ALICE);
        long carol = users.get(DemoAccounts.CAROL);
        Claim approved = submit(contoso, contosoQueues, busOutage, alice, DemoAccounts.ALICE.email,
                new UptimeInput.DeploymentMinutes(List.of(
                        new ResourceMinutes("orders-queue", monthMinutes(busOutage, contosoQueues), 150),
                        new ResourceMinutes("billing-topic", monthMinutes(busOutage, contosoQueues), 150))));
        Claim needsInfo = submit(contoso, contosoSales, salesOutage, alice, DemoAccounts.ALICE.email,
                new UptimeInput.UserMinutes(250, List.of(), 180L * 250));
        Claim underReview = submit(fabrikam, fabrikamRelays, busOutage, carol, DemoAccounts.CAROL.email,
                new UptimeInput.DeploymentMinutes(List.of(
                        new ResourceMinutes("telemetry-relay", monthMinutes(busOutage, fabrikamRelays), 150))));
        Claim rejected = submit(fabrikam, fabrikamRelays, relayBlip, carol, DemoAccounts.CAROL.email,
                new UptimeInput.DeploymentMinutes(List.of(
                        new ResourceMinutes("telemetry-relay", monthMinutes(relayBlip, fabrikamRelays), 45))));
        submit(fabrikam, fabrikamFinance, financeOutage, carol, DemoAccounts.CAROL.email,
                new UptimeInput.TenantMinutes(monthMinutes(financeOutage, fabrikamFinance), 600,
                        List.of(Maintenance.withNoticeDays(240, 7))));
        Claim withdrawn = submit(contoso, contosoQueues, relayBlip, users.get(DemoAccounts.BOB), DemoAccounts.BOB.email,
                new UptimeInput.DeploymentMinutes(List.of(
                        new ResourceMinutes("orders-queue", monthMinutes(relayBlip, contosoQueues), 45))));

        Claim reviewing = decisions.startReview(approved.reference(), approved.rowVersion(), ACTOR);
        decisions.approve(approved.reference(), reviewing.rowVersion(), ACTOR, List.of(),
                "Outage confirmed by the service logs.");
        Claim salesReview = decisions.startReview(needsInfo.reference(), needsInfo.rowVersion(), ACTOR);
        decisions.requestInformation(needsInfo.reference(), salesReview.rowVersion(), ACTOR,
                "Please state how many users were affected and where they work.");
        decisions.startReview(underReview.reference(), underReview.rowVersion(), ACTOR);
        Claim rejecting = decisions.startReview(rejected.reference(), rejected.rowVersion(), ACTOR);
        decisions.reject(rejected.reference(), rejecting.rowVersion(), ACTOR,
                List.of(CitedExclusion.removing("AZ-02", 45)),
                "The errors were caused by the customer's own network equipment.");
        decisions.withdraw(contoso, withdrawn.reference(), withdrawn.rowVersion(), DemoAccounts.BOB.email,
                "Filed twice by mistake.");
    }

    /** Files a claim through the same service a customer's form uses. */
    private Claim submit(long organisation, Subscription subscription, Incident incident, long userId, String email,
                         UptimeInput input) {
        boolean deployment = input instanceof UptimeInput.DeploymentMinutes;
        ClaimStatement statement = new ClaimStatement(incident.description().en(),
                deployment ? Optional.of(resources(input)) : Optional.empty(),
                deployment ? Optional.empty() : Optional.of(250),
                deployment ? Optional.empty() : Optional.of("上海, 北京"),
                "Restarted the client applications; opened support ticket 2026-" + incident.trackingId() + ".");
        return submissions.submit(new ClaimCommand(organisation, userId, email, subscription.id(),
                IncidentRef.recorded(incident.trackingId()),
                subscription.serviceLevel().value(), input, statement)).claim().orElseThrow();
    }

    /** The demo's adverse v2 of service-bus, published through the same service (and notice rule) as an administrator's. */
    private void publishScheduledServiceBusV2(LocalDate today) {
        SlaVersionRecord v1 = versions.version(SERVICE_BUS, 1)
                .orElseThrow(() -> new IllegalStateException("demo v2 needs service-bus v1 from the content files"));
        LocalDate effective = today.plusDays(DEMO_V2_EFFECTIVE_AFTER_DAYS);
        String en = edit(v1.body().en(),
                "within two months of the end of the billing month",
                "within one month of the end of the billing month");
        en = edit(en,
                "to validate the Claim and to determine whether any Service Credits are due.",
                "to validate the Claim and to determine whether any Service Credits are due. Claims may be submitted"
                        + " through the SLA Portal or to Customer Support.");
        String zh = edit(v1.body().zhCn(), "计费月结束后两个月内", "计费月结束后一个月内");
        zh = edit(zh, "并确定是否应给予服务积分。", "并确定是否应给予服务积分。索赔可通过服务级别协议门户或向客户支持提交。");
        publication.publish(new NewVersion(SERVICE_BUS, v1.summary().title(),
                new LocalizedText("Demo data: shortens the claim period to one month after the billing month (adverse"
                        + " change, clause 3.2) and clarifies that claims may be submitted through the SLA Portal.",
                        "演示数据：将索赔期限缩短为计费月结束后一个月（不利的重大变更，第 3.2 条），并说明索赔可通过服务级别协议门户提交。"),
                new LocalizedText(en, zh), v2Rules(v1Rules()), effective, true, ACTOR, VersionOrigin.DEMO));
    }

    private RuleSet v1Rules() {
        return RuleSetFormat.parse(versions.rules(SERVICE_BUS, 1)
                .orElseThrow(() -> new IllegalStateException("demo v2 needs the rule set of service-bus v1")));
    }

    private static String edit(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalStateException("demo v2: the v1 text no longer contains \"" + from + "\"");
        }
        return text.replace(from, to);
    }

    /** The rules of the demo v2: those of v1 with the one-month claim period its text announces. */
    private static String v2Rules(RuleSet v1) {
        return RuleSetFormat.write(v1.withLevels(level -> level.withDeadlineRule(DeadlineRule.billingMonths(1))));
    }

    private static long monthMinutes(Incident incident, Subscription subscription) {
        return BillingMonth.containing(LocalDate.ofInstant(incident.startedAt(), SlaTime.ZONE), subscription.billingDay())
                .minutes();
    }

    private static String resources(UptimeInput input) {
        if (input instanceof UptimeInput.DeploymentMinutes deployment) {
            return deployment.resources().stream().map(ResourceMinutes::name).collect(Collectors.joining(", "));
        }
        return "";
    }

    private static NewSubscription term(long organisation, String level, LocalDate start, BillingDay billingDay,
                                        String fee, Optional<Money> suiteShare, Optional<Reseller> reseller) {
        return new NewSubscription(organisation, new ServiceLevelSlug(level), start, start.plusYears(1).minusDays(1),
                billingDay, Money.cny(fee), suiteShare, reseller);
    }

    private static NewIncident incident(String trackingId, Set<String> levels, LocalDateTime startInShanghai,
                                        long minutes, boolean scheduled, Optional<Instant> noticeAt,
                                        LocalizedText description) {
        Instant start = startInShanghai.atZone(SlaTime.ZONE).toInstant();
        return new NewIncident(trackingId, levels.stream().map(ServiceLevelSlug::new).collect(Collectors.toSet()), start,
                start.plusSeconds(minutes * 60), description, scheduled, noticeAt, ACTOR);
    }
}
