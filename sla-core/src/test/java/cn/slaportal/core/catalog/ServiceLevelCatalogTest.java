package cn.slaportal.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.core.credit.CreditAssessment;
import cn.slaportal.core.uptime.ResourceMinutes;
import cn.slaportal.core.uptime.UptimeInput;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceLevelCatalogTest {

    private final ServiceLevelCatalog catalog = ServiceLevelCatalog.of(
            List.of(RuleSetFixtures.serviceBusV1(), RuleSetFixtures.dynamicsV1()));

    @ParameterizedTest
    @CsvSource({"service-bus-relays, service-bus", "service-bus-queues-topics, service-bus",
            "dynamics-365-sales-enterprise, dynamics-365", "dynamics-365-finance-operations, dynamics-365"})
    void levelsAreFoundBySlugInTheDocumentOfTheirRuleSet(String slug, String document) {
        assertThat(catalog.find(slug).orElseThrow().document()).isEqualTo(new SlaDocument(document));
    }

    @Test
    void keepsTheOrderOfTheRuleSets() {
        assertThat(catalog.all()).extracting(level -> level.slug().value()).containsExactly("service-bus-relays",
                "service-bus-queues-topics", "dynamics-365-sales-enterprise", "dynamics-365-finance-operations");
        assertThat(catalog.ofDocument(new SlaDocument("dynamics-365"))).hasSize(2);
    }

    @Test
    void unknownOrMalformedSlugsAreNotFound() {
        assertThat(catalog.find("service-bus")).isEmpty();
        assertThat(catalog.find("Service Bus Relays!")).isEmpty();
        assertThat(catalog.find((String) null)).isEmpty();
        assertThatThrownBy(() -> new ServiceLevelSlug("Bad Slug")).isInstanceOf(SlaRuleViolation.class);
    }

    @Test
    void assessesTheSpecExample99Point899AsTenPercentOfTheFee() {
        CreditAssessment assessment = catalog.find("service-bus-relays").orElseThrow().assess(
                BillingMonth.calendar(YearMonth.of(2026, 1)),
                new UptimeInput.DeploymentMinutes(List.of(new ResourceMinutes("relay", 44_640, 45))),
                ApplicableFee.monthlyFee(Money.cny("1000.00")));
        assertThat(assessment.credit().uptime().displayed()).isEqualTo("99.899");
        assertThat(assessment.credit().percent().plain()).isEqualTo("10");
        assertThat(assessment.credit().amount().plain()).isEqualTo("100.00");
    }

    @Test
    void refusesInputCountedAnotherWay() {
        ServiceLevel dynamics = catalog.find("dynamics-365-sales-enterprise").orElseThrow();
        assertThatThrownBy(() -> dynamics.assess(BillingMonth.calendar(YearMonth.of(2026, 1)),
                new UptimeInput.DeploymentMinutes(List.of(new ResourceMinutes("relay", 44_640, 45))),
                ApplicableFee.monthlyFee(Money.cny("1000.00"))))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("credit.error.method-mismatch"));
    }
}
