package cn.slaportal.web.claim;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.claim.ClaimStatement;
import cn.slaportal.core.uptime.ResourceMinutes;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.persistence.incident.NewIncident;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.MariaDbPortalDatabase;
import cn.slaportal.web.account.CustomerFixture;
import cn.slaportal.web.account.CustomerFixture.Customer;
import cn.slaportal.web.error.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Claim submission on MariaDB through MySQL Connector/J, as the customer form calls it, under contention: 32
 * customers submitting at once get 32 distinct references and every claim is stored; two submissions of the same
 * incident and subscription at once give one claim and one conflict.
 */
@EnabledIfSystemProperty(named = "sla.it.mysql", matches = "true")
@ActiveProfiles({"mysql", "mariadb"})
@ContextConfiguration(initializers = MariaDbPortalDatabase.class)
@SpringBootTest(properties = ClaimSubmissionOnMariaDbIT.PATIENT_POOL)
class ClaimSubmissionOnMariaDbIT {

    /**
     * The portal fails fast when no connection is free within 2 s (a database outage answers 503 at once); 32
     * simultaneous submissions on a busy 2-core machine queue longer than that for the pool of 10, so this test waits
     * like a customer would rather than measure the outage setting.
     */
    static final String PATIENT_POOL = "spring.datasource.hikari.connection-timeout=30000";

    private static final int CUSTOMERS = 32;

    @Autowired
    private ClaimSubmissionService submissions;

    @Autowired
    private ClaimStore claims;

    @Autowired
    private AccountStore accounts;

    @Autowired
    private SubscriptionStore subscriptions;

    @Autowired
    private IncidentStore incidents;

    @Autowired
    private PasswordEncoder passwords;

    @Test
    void thirtyTwoCustomersSubmittingAtOnceGetDistinctReferencesAndNoClaimIsLost() throws Exception {
        Incident outage = outage();
        List<Callable<String>> filings = new ArrayList<>();
        List<Long> organisations = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            Customer customer = fixture().newCustomer("Concurrent");
            Subscription term = subscription(customer);
            organisations.add(customer.organisationId());
            filings.add(() -> submissions.submit(command(customer, term, outage)).claim().orElseThrow().reference());
        }

        List<String> references = all(filings).stream().map(ClaimSubmissionOnMariaDbIT::value).toList();

        assertThat(references).hasSize(CUSTOMERS).doesNotHaveDuplicates().allMatch(ref -> ref.matches("CLM-\\d{4}-\\d{6,}"));
        assertThat(organisations).allSatisfy(organisation -> assertThat(claims.claimsOf(organisation)).hasSize(1));
    }

    @Test
    void twoSubmissionsOfTheSameIncidentAndSubscriptionAtOnceGiveOneClaim() throws Exception {
        Incident outage = outage();
        Customer customer = fixture().newCustomer("Twice");
        Subscription term = subscription(customer);
        Callable<String> filing = () -> submissions.submit(command(customer, term, outage)).claim().orElseThrow().reference();

        List<Future<String>> answers = all(List.of(filing, filing));

        long stored = answers.stream().filter(answer -> outcome(answer) == null).count();
        long conflicts = answers.stream().filter(answer -> outcome(answer) instanceof ConflictException).count();
        assertThat(stored).isEqualTo(1);
        assertThat(conflicts).isEqualTo(1);
        assertThat(claims.claimsOf(customer.organisationId())).hasSize(1);
    }

    private ClaimCommand command(Customer customer, Subscription term, Incident outage) {
        return new ClaimCommand(customer.organisationId(), customer.userId(), customer.email(), term.id(),
                IncidentRef.recorded(outage.trackingId()), "service-bus-queues-topics",
                new UptimeInput.DeploymentMinutes(List.of(new ResourceMinutes("orders-queue", 43_200, 150))),
                new ClaimStatement("Sends to the queue failed.", Optional.of("orders-queue"), Optional.empty(),
                        Optional.empty(), "Restarted the senders."));
    }

    private Subscription subscription(Customer customer) {
        return fixture().subscribe(customer, "service-bus-queues-topics", LocalDate.now(SlaTime.ZONE).minusMonths(2)
                .withDayOfMonth(1), "3000.00");
    }

    private Incident outage() {
        Instant start = ZonedDateTime.now(SlaTime.ZONE).minusDays(2).withHour(2).withMinute(0).withSecond(0).withNano(0)
                .toInstant();
        return incidents.create(new NewIncident("MARIADB-" + UUID.randomUUID().toString().substring(0, 8),
                Set.of(new ServiceLevelSlug("service-bus-queues-topics")), start, start.plusSeconds(150 * 60),
                new LocalizedText("Queue operations failed.", "队列操作失败。"), false, Optional.empty(),
                "operator@slaportal.test"), Instant.now());
    }

    private CustomerFixture fixture() {
        return new CustomerFixture(accounts, subscriptions, passwords);
    }

    private static <T> List<Future<T>> all(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
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
            for (Future<T> future : futures) {
                outcome(future);
            }
            return futures;
        } finally {
            pool.shutdown();
        }
    }

    /** The exception a task ended with, or null when it succeeded. */
    private static Throwable outcome(Future<?> future) {
        try {
            future.get();
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String value(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError("a submission failed", e);
        }
    }
}
