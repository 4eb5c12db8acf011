package cn.slaportal.persistence.claim;

import static cn.slaportal.persistence.Fixtures.NOW;
import static cn.slaportal.persistence.Fixtures.oneHourClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.claim.ActorRole;
import cn.slaportal.core.claim.CitedExclusion;
import cn.slaportal.core.claim.ClaimAction;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.persistence.Fixtures;
import cn.slaportal.persistence.PersistenceTestApplication;
import cn.slaportal.persistence.account.Organisation;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.audit.AuditStore;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.subscription.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Claim storage rules, run on H2 ({@code ClaimStoreOnH2Test}) and on MariaDB ({@code ClaimStoreOnMariaDbIT}). */
@SpringBootTest(classes = PersistenceTestApplication.class)
abstract class ClaimStoreContract {

    private static final String REFERENCE = "CLM-\\d{4}-\\d{6,}";

    @Autowired
    ClaimStore claims;
    @Autowired
    AuditStore audit;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void submissionGetsAReferenceOfItsYearAndAFirstHistoryEntry() {
        Organisation organisation = fixtures.organisation();
        UserAccount user = fixtures.customerOf(organisation);
        Claim claim = submit(oneHourClaim(fixtures.queuesSubscriptionOf(organisation), fixtures.queuesIncident(), user));

        assertThat(claim.reference()).matches(REFERENCE).startsWith("CLM-2026-");
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.organisationId()).isEqualTo(organisation.id());
        ClaimDetail detail = claims.detail(claim.reference()).orElseThrow();
        assertThat(detail.history()).singleElement().satisfies(change -> {
            assertThat(change.from()).isEmpty();
            assertThat(change.to()).isEqualTo(ClaimStatus.SUBMITTED);
            assertThat(change.changedBy()).isEqualTo(user.email());
            assertThat(change.role()).contains(ActorRole.CUSTOMER);
        });
        assertThat(detail.claim().governingVersion()).contains(1);
        assertThat(detail.claim().toCore()).isEqualTo(oneHourClaim(fixtures.queuesSubscriptionOf(organisation),
                fixtures.queuesIncident(), user).claim());
        assertThat(detail.claim().uptime().displayed()).isEqualTo("99.865");
        assertThat(detail.claim().creditAmount()).isEqualTo(Money.cny("100.00"));
        assertThat(audit.eventsFor(ClaimStore.AUDIT_TARGET, claim.reference())).extracting("action").containsExactly("claim.submit");
    }

    @Test
    void everyTransitionIsKeptWithWhoAndWhyAndAudited() {
        Organisation organisation = fixtures.organisation();
        UserAccount customer = fixtures.customerOf(organisation);
        Claim claim = submit(oneHourClaim(fixtures.queuesSubscriptionOf(organisation), fixtures.queuesIncident(),
                customer));
        Claim reviewing = claims.record(claim.reference(), claim.rowVersion(), Fixtures.step(claim,
                ClaimAction.START_REVIEW, "admin@example.cn", "Looking at the logs", List.of(), Optional.empty(),
                NOW.plusSeconds(60)));
        Claim approved = claims.record(claim.reference(), reviewing.rowVersion(), Fixtures.step(reviewing,
                ClaimAction.APPROVE, "admin@example.cn", "Confirmed", List.of(new CitedExclusion("AZ-04", Optional.of(10L))),
                Optional.of(Money.cny("90.00")), NOW.plusSeconds(120)));

        assertThat(approved.approvedCredit()).contains(Money.cny("90.00"));
        assertThat(approved.exclusions()).containsExactly(new CitedExclusion("AZ-04", Optional.of(10L)));
        assertThat(claims.detail(claim.reference()).orElseThrow().history())
                .extracting(ClaimStatusChange::to, ClaimStatusChange::changedBy, ClaimStatusChange::reason)
                .containsExactly(
                        tuple(ClaimStatus.SUBMITTED, customer.email(), Optional.empty()),
                        tuple(ClaimStatus.UNDER_REVIEW, "admin@example.cn", Optional.of("Looking at the logs")),
                        tuple(ClaimStatus.APPROVED, "admin@example.cn", Optional.of("Confirmed")));
        assertThat(audit.eventsFor(ClaimStore.AUDIT_TARGET, claim.reference())).extracting("action")
                .containsExactly("claim.submit", "claim.start_review", "claim.approve");
        assertThat(claims.detail(claim.reference()).orElseThrow().history()).extracting(ClaimStatusChange::role)
                .containsExactly(Optional.of(ActorRole.CUSTOMER), Optional.of(ActorRole.ADMINISTRATOR),
                        Optional.of(ActorRole.ADMINISTRATOR));
    }

    @Test
    void aWithdrawnClaimNoLongerBlocksANewClaimForTheSameIncidentAndSubscription() {
        Organisation organisation = fixtures.organisation();
        UserAccount user = fixtures.customerOf(organisation);
        Subscription subscription = fixtures.queuesSubscriptionOf(organisation);
        Incident incident = fixtures.queuesIncident();
        Claim first = submit(oneHourClaim(subscription, incident, user));
        claims.record(first.reference(), first.rowVersion(), Fixtures.step(first, ClaimAction.WITHDRAW, user.email(),
                "Filed too early", List.of(), Optional.empty(), NOW));

        Claim second = submit(oneHourClaim(subscription, incident, user));

        assertThat(claims.claimsFor(subscription.id(), incident.id())).extracting(Claim::reference, Claim::status)
                .containsExactly(tuple(second.reference(), ClaimStatus.SUBMITTED),
                        tuple(first.reference(), ClaimStatus.WITHDRAWN));
        assertThatThrownBy(() -> submit(oneHourClaim(subscription, incident, user)))
                .isInstanceOf(DuplicateClaimException.class);
    }

    @Test
    void aReviewBasedOnAStaleReadIsRefused() {
        Claim claim = newClaim();
        claims.record(claim.reference(), claim.rowVersion(), Fixtures.step(claim, ClaimAction.START_REVIEW,
                "first@example.cn", null, List.of(), Optional.empty(), NOW));

        assertThatThrownBy(() -> claims.record(claim.reference(), claim.rowVersion(), Fixtures.step(claim,
                ClaimAction.START_REVIEW, "second@example.cn", null, List.of(), Optional.empty(), NOW)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void theQueueFiltersByStatusDocumentOrganisationDaysAndReferenceOldestFirstAndPages() {
        Organisation organisation = fixtures.organisation();
        UserAccount user = fixtures.customerOf(organisation);
        Subscription subscription = fixtures.queuesSubscriptionOf(organisation);
        Claim first = submit(oneHourClaim(subscription, fixtures.queuesIncident(), user));
        Claim second = submit(oneHourClaim(subscription, fixtures.queuesIncident(), user));
        Claim third = submit(oneHourClaim(subscription, fixtures.queuesIncident(), user));
        claims.record(second.reference(), second.rowVersion(), Fixtures.step(second, ClaimAction.START_REVIEW,
                "admin@example.cn", null, List.of(), Optional.empty(), NOW));
        String document = first.document().orElseThrow();
        ClaimQuery ours = new ClaimQuery(java.util.Set.of(), Optional.of(document), Optional.of(organisation.id()),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(claims.search(ours, 0, 10).getContent()).extracting(Claim::reference)
                .containsExactly(first.reference(), second.reference(), third.reference());
        assertThat(claims.search(new ClaimQuery(java.util.Set.of(ClaimStatus.UNDER_REVIEW), ours.document(),
                ours.organisationId(), Optional.empty(), Optional.empty(), Optional.empty()), 0, 10).getContent())
                .extracting(Claim::reference).containsExactly(second.reference());
        assertThat(claims.search(new ClaimQuery(java.util.Set.of(), ours.document(), ours.organisationId(),
                Optional.empty(), Optional.empty(), Optional.of(third.reference().substring(4).toLowerCase())), 0, 10)
                .getContent()).extracting(Claim::reference).containsExactly(third.reference());
        assertThat(claims.search(new ClaimQuery(java.util.Set.of(), Optional.of("no-such-document"),
                ours.organisationId(), Optional.empty(), Optional.empty(), Optional.empty()), 0, 10)).isEmpty();
        assertThat(claims.search(new ClaimQuery(java.util.Set.of(), ours.document(), ours.organisationId(),
                Optional.of(first.submittedAt().plusSeconds(1)), Optional.empty(), Optional.empty()), 0, 10)).isEmpty();
        assertThat(claims.search(new ClaimQuery(java.util.Set.of(), ours.document(), ours.organisationId(),
                Optional.empty(), Optional.of(first.submittedAt().plusSeconds(1)), Optional.empty()), 0, 10)
                .getTotalElements()).isEqualTo(3);
        org.springframework.data.domain.Page<Claim> secondPage = claims.search(ours, 1, 2);
        assertThat(secondPage.getTotalElements()).isEqualTo(3);
        assertThat(secondPage.getContent()).extracting(Claim::reference).containsExactly(third.reference());
        assertThatThrownBy(() -> new ClaimQuery(java.util.Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("CLM%"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherOrganisationCannotReadTheClaim() {
        Claim claim = newClaim();
        Organisation stranger = fixtures.organisation();

        assertThat(claims.claimOf(stranger.id(), claim.reference())).isEmpty();
        assertThat(claims.detailOf(stranger.id(), claim.reference())).isEmpty();
        assertThat(claims.claimOf(claim.organisationId(), claim.reference())).isPresent();
    }

    @Test
    void theDatabaseItselfRefusesASecondClaimForTheSameIncidentAndSubscription() {
        Claim claim = newClaim();

        assertThatThrownBy(() -> jdbc.update("INSERT INTO claim (reference, organisation_id, subscription_id, incident_id,"
                        + " service_level, status, description, downtime_started_at, downtime_minutes, resolution_attempts,"
                        + " uptime_percent, credit_percent, credit_amount, currency, deadline, submitted_by_id, submitted_at,"
                        + " updated_at, row_version, blocking) SELECT 'CLM-1999-999999', organisation_id, subscription_id,"
                        + " incident_id, service_level, status, description, downtime_started_at, downtime_minutes,"
                        + " resolution_attempts, uptime_percent, credit_percent, credit_amount, currency, deadline,"
                        + " submitted_by_id, submitted_at, updated_at, 0, blocking FROM claim WHERE reference = ?",
                claim.reference()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theStoreRefusesASecondClaimForTheSameIncidentAndSubscription() {
        Organisation organisation = fixtures.organisation();
        UserAccount user = fixtures.customerOf(organisation);
        Subscription subscription = fixtures.queuesSubscriptionOf(organisation);
        Incident incident = fixtures.queuesIncident();
        submit(oneHourClaim(subscription, incident, user));

        assertThatThrownBy(() -> submit(oneHourClaim(subscription, incident, user)))
                .isInstanceOf(DuplicateClaimException.class);
        assertThat(claims.claimsOf(organisation.id())).hasSize(1);
    }

    @Test
    void fiftyParallelSubmissionsGetFiftyDistinctReferencesAndNoRowIsLost() throws Exception {
        Organisation organisation = fixtures.organisation();
        UserAccount user = fixtures.customerOf(organisation);
        Subscription subscription = fixtures.queuesSubscriptionOf(organisation);
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            incidents.add(fixtures.queuesIncident());
        }
        List<Callable<Claim>> submissions = incidents.stream()
                .<Callable<Claim>>map(incident -> () -> submit(oneHourClaim(subscription, incident, user)))
                .toList();

        List<Claim> submitted = new ArrayList<>();
        for (Future<Claim> result : runTogether(submissions)) {
            submitted.add(result.get());
        }

        assertThat(submitted).extracting(Claim::reference).doesNotHaveDuplicates().hasSize(50).allMatch(r -> r.matches(REFERENCE));
        assertThat(claims.claimsOf(organisation.id())).extracting(Claim::reference)
                .containsExactlyInAnyOrderElementsOf(submitted.stream().map(Claim::reference).toList());
    }

    @Test
    void twoParallelSubmissionsForTheSameIncidentAndSubscriptionStoreExactlyOneClaim() throws Exception {
        for (int round = 0; round < 5; round++) {
            Organisation organisation = fixtures.organisation();
            UserAccount user = fixtures.customerOf(organisation);
            Subscription subscription = fixtures.queuesSubscriptionOf(organisation);
            Incident incident = fixtures.queuesIncident();
            Callable<Claim> submission = () -> submit(oneHourClaim(subscription, incident, user));

            int stored = 0;
            int refused = 0;
            for (Future<Claim> result : runTogether(List.of(submission, submission))) {
                try {
                    result.get();
                    stored++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(DuplicateClaimException.class);
                    refused++;
                }
            }

            assertThat(stored).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
            assertThat(claims.claimsOf(organisation.id())).hasSize(1);
        }
    }

    private Claim newClaim() {
        Organisation organisation = fixtures.organisation();
        return submit(oneHourClaim(fixtures.queuesSubscriptionOf(organisation), fixtures.queuesIncident(),
                fixtures.customerOf(organisation)));
    }

    /** As the claim submission service does it: a reference first, then the claim in its own transaction. */
    private Claim submit(NewClaim claim) {
        return claims.insert(claims.nextReference(NOW), claim);
    }

    private static <T> List<Future<T>> runTogether(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks.size(), 16));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            return futures;
        } finally {
            pool.shutdown();
        }
    }
}
