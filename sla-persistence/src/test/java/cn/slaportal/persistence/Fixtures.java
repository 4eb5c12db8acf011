package cn.slaportal.persistence;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.core.claim.CitedExclusion;
import cn.slaportal.core.claim.ClaimAction;
import cn.slaportal.core.claim.ClaimChange;
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
import cn.slaportal.persistence.account.Organisation;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.claim.NewClaim;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.persistence.subscription.NewSubscription;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Intention-revealing builders over the real stores; every name is unique, so tests share one database. */
@Component
public class Fixtures {

    /** A rule-set text for stored versions: the store keeps it as given (sla-core's parser validates it). */
    public static final String RULES = "document: demo\nclaims-clause: 1\n";


    public static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    public static final ServiceLevelSlug QUEUES = new ServiceLevelSlug("service-bus-queues-topics");

    private final AccountStore accounts;
    private final SubscriptionStore subscriptions;
    private final IncidentStore incidents;

    Fixtures(AccountStore accounts, SubscriptionStore subscriptions, IncidentStore incidents) {
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.incidents = incidents;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Organisation organisation() {
        return accounts.createOrganisation(unique("Org"), NOW);
    }

    public UserAccount customerOf(Organisation organisation) {
        return accounts.createUser(new NewUserAccount(unique("user") + "@example.cn", "Test User", "{noop}secret",
                Role.CUSTOMER, Optional.of(organisation.id())), NOW);
    }

    public Subscription queuesSubscriptionOf(Organisation organisation) {
        return subscriptions.create(new NewSubscription(organisation.id(), QUEUES, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), BillingDay.CALENDAR, Money.cny("1000.00"), Optional.empty(), Optional.empty()), NOW);
    }

    public Incident queuesIncident() {
        Instant start = Instant.parse("2026-03-01T01:00:00Z");
        return incidents.create(new NewIncident(unique("INC"), Set.of(QUEUES), start, start.plusSeconds(3600),
                new LocalizedText("Queue operations failed.", "队列操作失败。"), false, Optional.empty(), "ops@example.cn"), NOW);
    }

    /** A complete Service Bus claim for one hour of downtime in March 2026 (99.865 %, 10 %), as the core accepts it. */
    public static NewClaim oneHourClaim(Subscription subscription, Incident incident, UserAccount user) {
        UptimeMinutes minutes = new UptimeMinutes(44_640, 60);
        ApplicableFee fee = ApplicableFee.monthlyFee(Money.cny("1000.00"));
        ServiceCreditClaim claim = new ServiceCreditClaim(QUEUES, new SlaDocument("service-bus"), 1,
                BillingMonth.calendar(YearMonth.of(2026, 3)), minutes, fee, ClaimStatus.SUBMITTED, List.of(),
                Optional.empty());
        ServiceCredit credit = new CreditCalculator().assess(CreditSchedule.of(CreditTier.below("99.9", "10"),
                CreditTier.below("99", "25")), minutes, fee);
        return new NewClaim(subscription.id(), incident.id(), claim, transition(ClaimAction.SUBMIT, null,
                ClaimStatus.SUBMITTED, user.email(), null, NOW), new ClaimStatement("All sends failed for an hour.",
                Optional.of("orders-queue"), Optional.empty(), Optional.empty(), "Restarted the senders."),
                incident.startedAt(), 60, credit, LocalDate.of(2026, 5, 31), Optional.empty(), user.id());
    }

    /** A step of a claim as the core would record it (the store maps it and decides nothing). */
    public static ClaimChange step(Claim stored, ClaimAction action, String actor, String reason,
                                   List<CitedExclusion> exclusions, Optional<Money> approvedCredit, Instant at) {
        ServiceCreditClaim before = stored.toCore();
        ServiceCreditClaim after = new ServiceCreditClaim(before.level(), before.document(), before.governingVersion(),
                before.billingMonth(), before.minutes(), before.fee(), action.to(), exclusions, approvedCredit);
        return new ClaimChange(after, new ClaimTransition(action, Optional.of(stored.status()), action.to(), actor,
                action.role(), at, Optional.ofNullable(reason), exclusions, approvedCredit));
    }

    private static ClaimTransition transition(ClaimAction action, ClaimStatus from, ClaimStatus to, String actor,
                                              String reason, Instant at) {
        return new ClaimTransition(action, Optional.ofNullable(from), to, actor, action.role(), at,
                Optional.ofNullable(reason), List.of(), Optional.empty());
    }
}
