package cn.slaportal.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.claim.DeadlineRule;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.core.credit.CreditAssessment;
import cn.slaportal.core.uptime.ResourceMinutes;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.core.uptime.UptimeMethod;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceLevelCatalogTest {

    private final ServiceLevelCatalog catalog = ServiceLevelCatalog.standard();

    @ParameterizedTest
    @CsvSource({
            "service-bus-relays, service-bus, DEPLOYMENT_MINUTES, TWO_BILLING_MONTHS, 服务总线中继",
            "service-bus-queues-topics, service-bus, DEPLOYMENT_MINUTES, TWO_BILLING_MONTHS, 服务总线队列和主题",
            "service-bus-notification-hubs, service-bus, DEPLOYMENT_MINUTES, TWO_BILLING_MONTHS, 通知中心（基本层和标准层）",
            "dynamics-365-customer-service-enterprise, dynamics-365, USER_MINUTES, FOLLOWING_CALENDAR_MONTH, Dynamics 365 客户服务企业版",
            "dynamics-365-customer-service-professional, dynamics-365, USER_MINUTES, FOLLOWING_CALENDAR_MONTH, Dynamics 365 客户服务专业版",
            "dynamics-365-sales-enterprise, dynamics-365, USER_MINUTES, FOLLOWING_CALENDAR_MONTH, Dynamics 365 Sales 企业版",
            "dynamics-365-sales-professional, dynamics-365, USER_MINUTES, FOLLOWING_CALENDAR_MONTH, Dynamics 365 Sales 专业版",
            "dynamics-365-finance-operations, dynamics-365, TENANT_MINUTES, FOLLOWING_CALENDAR_MONTH, Dynamics 365 财务和运营"})
    void catalogueMatchesTheSpecification(String slug, String document, UptimeMethod method, DeadlineRule rule,
            String chineseName) {
        ServiceLevel level = catalog.find(slug).orElseThrow();
        assertThat(level.document().slug()).isEqualTo(document);
        assertThat(level.uptimeMethod()).isEqualTo(method);
        assertThat(level.deadlineRule()).isEqualTo(rule);
        assertThat(level.name().zhCn()).isEqualTo(chineseName);
        assertThat(level.creditSchedule()).isEqualTo(document.equals("service-bus")
                ? ServiceLevelCatalog.SERVICE_BUS_CREDITS : ServiceLevelCatalog.DYNAMICS_365_CREDITS);
    }

    @Test
    void eightLevelsInTwoDocuments() {
        assertThat(catalog.all()).hasSize(8);
        assertThat(catalog.ofDocument(SlaDocument.SERVICE_BUS)).hasSize(3);
        assertThat(catalog.ofDocument(SlaDocument.DYNAMICS_365)).hasSize(5);
        assertThat(SlaDocument.fromSlug("dynamics-365")).contains(SlaDocument.DYNAMICS_365);
        assertThat(SlaDocument.fromSlug("nope")).isEmpty();
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
