package cn.slaportal.web.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.claim.ActorRole;
import cn.slaportal.core.claim.CitedExclusion;
import cn.slaportal.core.claim.ClaimDeadlinePassed;
import cn.slaportal.core.claim.ClaimStatement;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.core.claim.ClaimTransitionRefused;
import cn.slaportal.core.uptime.ResourceMinutes;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Organisation;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.claim.ClaimStatusChange;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.persistence.subscription.NewSubscription;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.MovableClock;
import cn.slaportal.web.error.ConflictException;
import cn.slaportal.web.error.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Claim submission and decision through the application services, on the real database, with the clock at
 * 2026-03-01 (the demo context of {@code VersionedRulesIT}, shared). Each test makes its own organisation,
 * subscription and incident (February 2026).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(MovableClock.Configuration.class)
class ClaimServicesIT {

    private static final Instant FEBRUARY_10 = ZonedDateTime.of(2026, 2, 10, 9, 0, 0, 0, SlaTime.ZONE).toInstant();

    @Autowired
    ClaimSubmissionService submissions;
    @Autowired
    ClaimDecisionService decisions;
    @Autowired
    ClaimStore claims;
    @Autowired
    AccountStore accounts;
    @Autowired
    SubscriptionStore subscriptions;
    @Autowired
    IncidentStore incidents;
    @Autowired
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.moveTo(MovableClock.START);
    }

    private record Customer(Organisation organisation, UserAccount user) {
    }

    private Customer customer() {
        Organisation organisation = accounts.createOrganisation("Org " + UUID.randomUUID(), clock.instant());
        UserAccount user = accounts.createUser(new NewUserAccount(UUID.randomUUID() + "@example.cn", "Test", "{noop}x",
                Role.CUSTOMER, Optional.of(organisation.id())), clock.instant());
        return new Customer(organisation, user);
    }

    private Subscription subscription(Customer customer, String level, LocalDate start) {
        return subscriptions.create(new NewSubscription(customer.organisation().id(), new ServiceLevelSlug(level), start,
                start.plusYears(1).minusDays(1), BillingDay.CALENDAR, Money.cny("1000.00"), Optional.empty(),
                Optional.empty()), clock.instant());
    }

    private Incident incident(String level, Instant start) {
        return incidents.create(new NewIncident("IT-" + UUID.randomUUID(), Set.of(new ServiceLevelSlug(level)), start,
                start.plusSeconds(41 * 60), new LocalizedText("Outage.", "中断。"), false, Optional.empty(), "ops"),
                clock.instant());
    }

    private static ClaimCommand relays(Customer customer, Subscription subscription, Incident incident) {
        return new ClaimCommand(customer.organisation().id(), customer.user().id(), customer.user().email(),
                subscription.id(), IncidentRef.recorded(incident.trackingId()), "service-bus-relays",
                new UptimeInput.DeploymentMinutes(List.of(new ResourceMinutes("relay-1", 40_320, 41))),
                new ClaimStatement("Relay connections failed.", Optional.of("relay-1"), Optional.empty(),
                        Optional.empty(), "Restarted the clients."));
    }

    private static ClaimCommand sales(Customer customer, Subscription subscription, Incident incident) {
        return new ClaimCommand(customer.organisation().id(), customer.user().id(), customer.user().email(),
                subscription.id(), IncidentRef.recorded(incident.trackingId()), "dynamics-365-sales-enterprise",
                new UptimeInput.UserMinutes(100, List.of(), 100L * 41),
                new ClaimStatement("Sign-in failed.", Optional.empty(), Optional.of(100), Optional.of("上海"),
                        "Restarted the browsers."));
    }

    @Test
    void aSubmittedClaimIsStoredWithItsGoverningVersionCreditAndDeadline() {
        Customer customer = customer();
        Subscription subscription = subscription(customer, "service-bus-relays", LocalDate.of(2026, 1, 1));
        SubmittedClaim submitted = submissions.submit(relays(customer, subscription, incident("service-bus-relays",
                FEBRUARY_10)));

        Claim claim = submitted.claim().orElseThrow();
        assertThat(claim.reference()).matches("CLM-2026-\\d{6}");
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.governingVersion()).contains(1);
        assertThat(claim.deadline()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(claim.creditAmount()).isEqualTo(Money.cny("100.00"));
        assertThat(submitted.governing().version().number()).isEqualTo(1);
        assertThat(submitted.assessment().credit().uptime().displayed()).isEqualTo("99.898");
    }

    @Test
    void aSecondClaimForTheIncidentIsAConflictUntilTheFirstIsWithdrawn() {
        Customer customer = customer();
        Subscription subscription = subscription(customer, "service-bus-relays", LocalDate.of(2026, 1, 1));
        Incident incident = incident("service-bus-relays", FEBRUARY_10);
        Claim first = submissions.submit(relays(customer, subscription, incident)).claim().orElseThrow();

        assertThatThrownBy(() -> submissions.submit(relays(customer, subscription, incident)))
                .isInstanceOfSatisfying(ConflictException.class, conflict -> {
                    assertThat(conflict.messageKey()).isEqualTo("claim.error.duplicate");
                    assertThat(conflict.arguments()).containsExactly(first.reference());
                });

        decisions.withdraw(customer.organisation().id(), first.reference(), first.rowVersion(),
                customer.user().email(), "Wrong figures.");
        Claim second = submissions.submit(relays(customer, subscription, incident)).claim().orElseThrow();
        assertThat(second.reference()).isNotEqualTo(first.reference());
        assertThat(claims.claimsFor(subscription.id(), incident.id())).extracting(Claim::status)
                .containsExactly(ClaimStatus.SUBMITTED, ClaimStatus.WITHDRAWN);
    }

    @Test
    void aCustomerMayReportTheIncidentItClaimsFor() {
        Customer customer = customer();
        Subscription subscription = subscription(customer, "service-bus-relays", LocalDate.of(2026, 1, 1));
        ClaimCommand recorded = relays(customer, subscription, incident("service-bus-relays", FEBRUARY_10));
        ClaimCommand reported = new ClaimCommand(recorded.organisationId(), recorded.userId(), recorded.userEmail(),
                recorded.subscriptionId(), IncidentRef.reported(FEBRUARY_10, FEBRUARY_10.plusSeconds(41 * 60)),
                recorded.serviceLevel(), recorded.uptime(), recorded.statement());

        Claim claim = submissions.submit(reported).claim().orElseThrow();

        Incident stored = incidents.incident(claim.incidentId()).orElseThrow();
        assertThat(stored.reportedByCustomer()).isTrue();
        assertThat(stored.trackingId()).isEqualTo("REPORTED-" + claim.reference());
        assertThat(claim.downtimeMinutes()).isEqualTo(41);
        assertThat(incidents.all()).noneMatch(incident -> incident.id() == stored.id());
        assertThatThrownBy(() -> submissions.submit(new ClaimCommand(recorded.organisationId(), recorded.userId(),
                recorded.userEmail(), recorded.subscriptionId(), IncidentRef.recorded(stored.trackingId()),
                recorded.serviceLevel(), recorded.uptime(), recorded.statement())))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("claim.error.unknown-incident"));
        assertThatThrownBy(() -> submissions.submit(new ClaimCommand(recorded.organisationId(), recorded.userId(),
                recorded.userEmail(), recorded.subscriptionId(), IncidentRef.reported(FEBRUARY_10, FEBRUARY_10),
                recorded.serviceLevel(), recorded.uptime(), recorded.statement())))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("claim.error.incident-period"));
    }

    @Test
    void twoSubmissionsForTheSameIncidentAtOnceStoreOneClaimAndTellTheOtherOfTheConflict() throws Exception {
        for (int round = 0; round < 3; round++) {
            Customer customer = customer();
            Subscription subscription = subscription(customer, "service-bus-relays", LocalDate.of(2026, 1, 1));
            ClaimCommand command = relays(customer, subscription, incident("service-bus-relays", FEBRUARY_10));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SubmittedClaim>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return submissions.submit(command);
                }));
            }
            start.countDown();
            int stored = 0;
            int conflicts = 0;
            for (Future<SubmittedClaim> result : results) {
                try {
                    result.get();
                    stored++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    conflicts++;
                }
            }
            pool.shutdown();
            assertThat(stored).isEqualTo(1);
            assertThat(conflicts).isEqualTo(1);
            assertThat(claims.claimsOf(customer.organisation().id())).hasSize(1);
        }
    }

    @Test
    void aLateClaimIsRefusedNamingTheDeadline() {
        Customer customer = customer();
        Subscription subscription = subscription(customer, "service-bus-relays", LocalDate.of(2026, 1, 1));
        Incident incident = incident("service-bus-relays", FEBRUARY_10);
        clock.moveTo(ZonedDateTime.of(2026, 5, 1, 0, 0, 0, 0, SlaTime.ZONE).toInstant());

        assertThatThrownBy(() -> submissions.submit(relays(customer, subscription, incident)))
                .isInstanceOfSatisfying(ClaimDeadlinePassed.class,
                        passed -> assertThat(passed.arguments()).containsExactly("2026-04-30"));
        assertThat(claims.claimsOf(customer.organisation().id())).isEmpty();
    }

    @Test
    void aSecondDynamicsCreditForTheSameLevelAndMonthIsRefusedEvenForAnotherIncident() {
        Customer customer = customer();
        Subscription subscription = subscription(customer, "dynamics-365-sales-enterprise", LocalDate.of(2026, 1, 1));
        Claim first = submissions.submit(sales(customer, subscription,
                incident("dynamics-365-sales-enterprise", FEBRUARY_10))).claim().orElseThrow();
        Incident another = incident("dynamics-365-sales-enterprise", FEBRUARY_10.plus(Duration.ofDays(5)));

        assertThatThrownBy(() -> submissions.submit(sales(customer, subscription, another)))
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("claim.error.credit-already-claimed");
                    assertThat(violation.arguments()).containsExactly("2026-02-01", first.reference());
                });
        Incident march = incident("dynamics-365-sales-enterprise", FEBRUARY_10.plus(Duration.ofDays(20)));
        clock.advance(Duration.ofDays(10));
        assertThat(submissions.submit(sales(customer, subscription, march)).claim()).as("March is another month")
                .isPresent();
    }

    @Test
    void anIncidentOutsideTheTermAndALevelTheSubscriptionDoesNotCoverAreRefused() {
        Customer customer = customer();
        Subscription later = subscription(customer, "service-bus-relays", LocalDate.of(2026, 2, 15));
        assertThatThrownBy(() -> submissions.submit(relays(customer, later, incident("service-bus-relays",
                FEBRUARY_10)))).isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("claim.error.outside-term"));

        Subscription queues = subscription(customer, "service-bus-queues-topics", LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> submissions.submit(relays(customer, queues, incident("service-bus-relays",
                FEBRUARY_10)))).isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("claim.error.level-not-covered"));
    }

    @Test
    void anotherOrganisationsSubscriptionOrClaimIsNotFound() {
        Customer customer = customer();
        Customer stranger = customer();
        Subscription subscription = subscription(customer, "service-bus-relays", LocalDate.of(2026, 1, 1));
        Incident incident = incident("service-bus-relays", FEBRUARY_10);
        ClaimCommand theirs = relays(customer, subscription, incident);
        ClaimCommand intruding = new ClaimCommand(stranger.organisation().id(), stranger.user().id(),
                stranger.user().email(), subscription.id(), theirs.incident(), theirs.serviceLevel(), theirs.uptime(),
                theirs.statement());

        assertThatThrownBy(() -> submissions.submit(intruding)).isInstanceOf(NotFoundException.class);
        Claim claim = submissions.submit(theirs).claim().orElseThrow();
        assertThatThrownBy(() -> decisions.withdraw(stranger.organisation().id(), claim.reference(), claim.rowVersion(),
                stranger.user().email(), null)).isInstanceOfSatisfying(NotFoundException.class,
                        missing -> assertThat(missing.messageKey()).isEqualTo("claim.notfound"));
    }

    @Test
    void aClaimIsReviewedQuestionedAnsweredAndApprovedWithTheCoresCredit() {
        Customer customer = customer();
        Subscription subscription = subscription(customer, "service-bus-relays", LocalDate.of(2026, 1, 1));
        Claim claim = submissions.submit(relays(customer, subscription, incident("service-bus-relays", FEBRUARY_10)))
                .claim().orElseThrow();

        Claim reviewing = decisions.startReview(claim.reference(), claim.rowVersion(), "admin@example.cn");
        Claim asked = decisions.requestInformation(claim.reference(), reviewing.rowVersion(), "admin@example.cn",
                "Which region?");
        Claim answered = decisions.answer(customer.organisation().id(), claim.reference(), asked.rowVersion(),
                customer.user().email(), "China East 2.");
        assertThat(decisions.recompute(claim.reference(), List.of(CitedExclusion.removing("AZ-04", 1))).credit().amount())
                .isEqualTo(Money.ZERO);
        Claim approved = decisions.approve(claim.reference(), answered.rowVersion(), "admin@example.cn", List.of(),
                "Confirmed.");

        assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(approved.approvedCredit()).contains(Money.cny("100.00"));
        assertThat(claims.detail(claim.reference()).orElseThrow().history())
                .extracting(ClaimStatusChange::to, ClaimStatusChange::reason, ClaimStatusChange::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ClaimStatus.SUBMITTED, Optional.empty(),
                                Optional.of(ActorRole.CUSTOMER)),
                        org.assertj.core.groups.Tuple.tuple(ClaimStatus.UNDER_REVIEW, Optional.empty(),
                                Optional.of(ActorRole.ADMINISTRATOR)),
                        org.assertj.core.groups.Tuple.tuple(ClaimStatus.NEEDS_INFO, Optional.of("Which region?"),
                                Optional.of(ActorRole.ADMINISTRATOR)),
                        org.assertj.core.groups.Tuple.tuple(ClaimStatus.UNDER_REVIEW, Optional.of("China East 2."),
                                Optional.of(ActorRole.CUSTOMER)),
                        org.assertj.core.groups.Tuple.tuple(ClaimStatus.APPROVED, Optional.of("Confirmed."),
                                Optional.of(ActorRole.ADMINISTRATOR)));
        assertThatThrownBy(() -> decisions.withdraw(customer.organisation().id(), claim.reference(),
                approved.rowVersion(), customer.user().email(), null)).isInstanceOf(ClaimTransitionRefused.class);
    }

    @Test
    void theSecondOfTwoAdministratorsDecidingAtOnceIsToldAndNothingIsOverwritten() {
        Customer customer = customer();
        Subscription subscription = subscription(customer, "service-bus-relays", LocalDate.of(2026, 1, 1));
        Claim claim = submissions.submit(relays(customer, subscription, incident("service-bus-relays", FEBRUARY_10)))
                .claim().orElseThrow();
        Claim reviewing = decisions.startReview(claim.reference(), claim.rowVersion(), "first@example.cn");
        decisions.reject(claim.reference(), reviewing.rowVersion(), "first@example.cn",
                List.of(CitedExclusion.of("AZ-02")), null);

        assertThatThrownBy(() -> decisions.approve(claim.reference(), reviewing.rowVersion(), "second@example.cn",
                List.of(), "Confirmed.")).isInstanceOfSatisfying(ConflictException.class,
                        conflict -> assertThat(conflict.messageKey()).isEqualTo("error.conflict.stale"));
        Claim stored = claims.claim(claim.reference()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(stored.exclusions()).extracting(CitedExclusion::code).containsExactly("AZ-02");
    }

    @Test
    void aRejectionWithoutExclusionOrReasonIsRefused() {
        Customer customer = customer();
        Subscription subscription = subscription(customer, "service-bus-relays", LocalDate.of(2026, 1, 1));
        Claim claim = submissions.submit(relays(customer, subscription, incident("service-bus-relays", FEBRUARY_10)))
                .claim().orElseThrow();
        Claim reviewing = decisions.startReview(claim.reference(), claim.rowVersion(), "admin@example.cn");

        assertThatThrownBy(() -> decisions.reject(claim.reference(), reviewing.rowVersion(), "admin@example.cn",
                List.of(), " ")).isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("claim.error.rejection-needs-reason"));
        assertThat(claims.claim(claim.reference()).orElseThrow().status()).isEqualTo(ClaimStatus.UNDER_REVIEW);
    }
}
