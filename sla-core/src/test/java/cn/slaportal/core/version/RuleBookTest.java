package cn.slaportal.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.catalog.RuleSet;
import cn.slaportal.core.catalog.RuleSetFixtures;
import cn.slaportal.core.catalog.RuleSetFormat;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.core.claim.DeadlineRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Service Bus v1 (two-month deadline, in force since 2016-03-01) and a scheduled v2 effective 2026-06-01 that
 * shortens the deadline to one month and drops the Queues and Topics level; Dynamics 365 v1 alongside.
 */
class RuleBookTest {

    private static final SlaDocument SERVICE_BUS = new SlaDocument("service-bus");
    private static final RuleSet V1 = RuleSetFixtures.serviceBusV1();
    private static final RuleSet V2 = new RuleSet(V1.document(), V1.claimsClause(), V1.requiredClaimInformation(),
            V1.exclusions(), List.of(V1.levels().get(0).withDeadlineRule(DeadlineRule.billingMonths(1))));

    private final RuleBook book = new RuleBook(List.of(
            new VersionedRules(new SlaVersion(1, Instant.parse("2016-02-29T16:00:00Z"), LocalDate.of(2016, 3, 1), false), V1),
            new VersionedRules(new SlaVersion(2, Instant.parse("2026-02-01T02:00:00Z"), LocalDate.of(2026, 6, 1), true), V2),
            new VersionedRules(new SlaVersion(1, Instant.parse("2019-04-01T00:00:00Z"), LocalDate.of(2019, 4, 1), false),
                    RuleSetFixtures.dynamicsV1())));

    @ParameterizedTest(name = "incident {0}: version {1}, deadline {2}")
    @CsvSource({"2026-05-31, 1, 2026-07-31", "2026-06-01, 2, 2026-07-31", "2026-06-30, 2, 2026-07-31",
            "2026-05-15, 1, 2026-07-31", "2026-07-01, 2, 2026-08-31", "2016-03-01, 1, 2016-05-31"})
    void aDeadlineFollowsTheVersionInForceOnTheIncidentDay(LocalDate incident, int version, LocalDate deadline) {
        AppliedLevel applied = book.levelOn("service-bus-relays", incident);
        assertThat(applied.version().number()).isEqualTo(version);
        assertThat(applied.level().deadlineRule().deadlineFor(incident, BillingDay.CALENDAR).lastDay())
                .isEqualTo(deadline);
    }

    @ParameterizedTest(name = "billing month {0} (billing day {1}): version {2}")
    @CsvSource({"2026-05, 1, 1", "2026-06, 1, 2", "2026-05, 15, 1", "2026-06, 15, 2", "2026-05, 2, 1"})
    void anEstimateFollowsTheVersionInForceOnTheFirstDayOfTheBillingMonth(YearMonth month, int billingDay,
            int version) {
        BillingMonth billingMonth = new BillingMonth(month, new BillingDay(billingDay));
        assertThat(book.forBillingMonth("service-bus-relays", billingMonth).version().number()).isEqualTo(version);
    }

    @ParameterizedTest(name = "term from {0}: version {1}")
    @CsvSource({"2025-06-01, 1", "2026-05-31, 1", "2026-06-01, 2", "2027-01-01, 2"})
    void aTermIsGovernedByTheVersionInForceWhenItBegins(LocalDate termStart, int version) {
        AppliedLevel governing = book.governingLevel("service-bus-relays", termStart);
        assertThat(governing.version().number()).isEqualTo(version);
        assertThat(governing.document()).isEqualTo(SERVICE_BUS);
    }

    @Test
    void anIncidentLateInATermBegunUnderVersion1IsStillJudgedByVersion1() {
        AppliedLevel governing = book.governingLevel("service-bus-relays", LocalDate.of(2026, 1, 1));
        LocalDate incidentAfterV2 = LocalDate.of(2026, 9, 15);
        assertThat(governing.level().deadlineRule().deadlineFor(incidentAfterV2).lastDay())
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void refusesALevelTheApplicableVersionDoesNotCover() {
        assertThat(book.levelOn("service-bus-queues-topics", LocalDate.of(2026, 5, 31)).version().number()).isEqualTo(1);
        assertThatThrownBy(() -> book.levelOn("service-bus-queues-topics", LocalDate.of(2026, 6, 1)))
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("catalog.error.level-not-in-version");
                    assertThat(violation.arguments()).containsExactly("service-bus-queues-topics", 2);
                });
    }

    @ParameterizedTest
    @CsvSource({"nope", "Service Bus", "''"})
    void refusesAnUnknownLevel(String slug) {
        assertThatThrownBy(() -> book.levelOn(slug, LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("catalog.error.unknown-service-level"));
    }

    @Test
    void refusesADayBeforeTheFirstVersion() {
        assertThatThrownBy(() -> book.levelOn("service-bus-relays", LocalDate.of(2016, 2, 29)))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("version.error.none-in-force"));
    }

    @Test
    void theCatalogueOfADayHoldsTheLevelsOfTheVersionsInForce() {
        assertThat(book.catalogOn(LocalDate.of(2026, 5, 31)).all()).extracting(level -> level.slug().value())
                .containsExactly("service-bus-relays", "service-bus-queues-topics", "dynamics-365-sales-enterprise",
                        "dynamics-365-finance-operations");
        assertThat(book.catalogOn(LocalDate.of(2026, 6, 1)).find("service-bus-queues-topics")).isEmpty();
        assertThat(book.documentOf(new ServiceLevelSlug("service-bus-queues-topics"))).contains(SERVICE_BUS);
        assertThat(book.documents()).extracting(SlaDocument::slug).containsExactly("service-bus", "dynamics-365");
    }

    @Test
    void aRuleSetMayNameItsOwnDocumentsLevelsButNoOtherDocuments() {
        RuleSet newDocument = RuleSetFormat.parse(RuleSetFormat.write(V1)
                .replace("document: service-bus", "document: event-hubs"));

        book.checkLevelsBelongTo(V2);
        assertThatThrownBy(() -> book.checkLevelsBelongTo(newDocument))
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("version.error.level-of-other-document");
                    assertThat(violation.arguments()).containsExactly("service-bus-relays", "service-bus");
                });
    }
}
