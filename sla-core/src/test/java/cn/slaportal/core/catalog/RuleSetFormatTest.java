package cn.slaportal.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.claim.ClaimInformation;
import cn.slaportal.core.claim.DeadlineRule;
import cn.slaportal.core.credit.CreditFrequencyRule;
import cn.slaportal.core.uptime.UptimeMethod;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSetFormatTest {

    @Test
    void readsEveryRuleOfAGoodSet() {
        RuleSet rules = RuleSetFixtures.serviceBusV1();
        assertThat(rules.document().slug()).isEqualTo("service-bus");
        assertThat(rules.claimsClause().value()).isEqualTo("3.2");
        assertThat(rules.requiredClaimInformation()).containsExactly(ClaimInformation.DETAILED_DESCRIPTION,
                ClaimInformation.INCIDENT_TIME_AND_DURATION, ClaimInformation.AFFECTED_RESOURCES_OR_OPERATIONS,
                ClaimInformation.RESOLUTION_ATTEMPTS);
        ServiceLevel relays = rules.level(new ServiceLevelSlug("service-bus-relays")).orElseThrow();
        assertThat(relays.name().en()).isEqualTo("Service Bus Relays");
        assertThat(relays.name().zhCn()).isEqualTo("服务总线中继");
        assertThat(relays.uptimeMethod()).isEqualTo(UptimeMethod.DEPLOYMENT_MINUTES);
        assertThat(relays.creditSchedule().tiers()).extracting(tier -> tier.belowPlain() + "->"
                + tier.creditPercent().plain()).containsExactly("99.9->10", "99->25");
        assertThat(relays.deadlineRule()).isEqualTo(DeadlineRule.billingMonths(2));
        assertThat(relays.decisionPeriod()).isEmpty();
        assertThat(relays.creditFrequencyRule()).isEqualTo(CreditFrequencyRule.CAPPED_BY_MONTHLY_FEE);
        assertThat(relays.tiersClause().anchor()).isEqualTo("clause-4-2");
        assertThat(rules.exclusions()).extracting(exclusion -> exclusion.code() + "@" + exclusion.clause())
                .containsExactly("AZ-01@3.3.1", "AZ-02@3.3.2");
        assertThat(rules.exclusion("AZ-02").orElseThrow().title().zhCn()).isEqualTo("使用并非由世纪互联提供的硬件、软件或服务");
    }

    @Test
    void readsADecisionPeriodAndACalendarMonthDeadline() {
        ServiceLevel sales = RuleSetFixtures.dynamicsV1().levels().get(0);
        assertThat(sales.decisionPeriod().orElseThrow().days()).isEqualTo(45);
        assertThat(sales.deadlineRule()).isEqualTo(DeadlineRule.calendarMonths(1));
        assertThat(sales.name().zhCn()).isEqualTo("Dynamics 365 销售企业版");
    }

    @Test
    void theCanonicalTextReadsBackToAnEqualRuleSet() {
        for (RuleSet rules : new RuleSet[] {RuleSetFixtures.serviceBusV1(), RuleSetFixtures.dynamicsV1()}) {
            String text = RuleSetFormat.write(rules);
            assertThat(RuleSetFormat.parse(text)).isEqualTo(rules);
            assertThat(RuleSetFormat.write(RuleSetFormat.parse(text))).isEqualTo(text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            tiers not strictly descending     | tiers: < 99.9 -> 10, < 99 -> 25     | tiers: < 99 -> 10, < 99.9 -> 25      | rules.error.tiers-order               | 10
            equal thresholds                  | tiers: < 99.9 -> 10, < 99 -> 25     | tiers: < 99.9 -> 10, < 99.9 -> 25    | rules.error.tiers-order               | 10
            credit not rising                 | tiers: < 99.9 -> 10, < 99 -> 25     | tiers: < 99.9 -> 25, < 99 -> 25      | rules.error.tiers-order               | 10
            percent above 100                 | tiers: < 99.9 -> 10, < 99 -> 25     | tiers: < 99.9 -> 10, < 99 -> 125     | credit.error.percent-out-of-range     | 10
            negative percent                  | tiers: < 99.9 -> 10, < 99 -> 25     | tiers: < 99.9 -> -10                 | credit.error.percent-out-of-range     | 10
            zero percent                      | tiers: < 99.9 -> 10, < 99 -> 25     | tiers: < 99.9 -> 0                   | rules.error.tier-credits-nothing      | 10
            threshold above 100               | tiers: < 99.9 -> 10, < 99 -> 25     | tiers: < 100.5 -> 10                 | rules.error.threshold                 | 10
            threshold not a number            | tiers: < 99.9 -> 10, < 99 -> 25     | tiers: < ninety -> 10                | rules.error.not-a-number              | 10
            tier without arrow                | tiers: < 99.9 -> 10, < 99 -> 25     | tiers: < 99.9 = 10                   | rules.error.tier-syntax               | 10
            unknown uptime method             | uptime-method: DEPLOYMENT_MINUTES   | uptime-method: HOURS                 | rules.error.unknown-uptime-method     | 9
            unknown deadline rule             | deadline: billing-months 2          | deadline: fortnights 2               | rules.error.unknown-deadline-rule     | 12
            deadline of no months             | deadline: billing-months 2          | deadline: billing-months 0           | rules.error.deadline-months           | 12
            deadline months not a number      | deadline: billing-months 2          | deadline: billing-months two         | rules.error.not-a-number              | 12
            unknown credit frequency          | credit-frequency: CAPPED_BY_MONTHLY_FEE | credit-frequency: SOMETIMES      | rules.error.unknown-credit-frequency  | 13
            decision period of no days        | credit-frequency: CAPPED_BY_MONTHLY_FEE | decision-period-days: 0          | rules.error.decision-days             | 13
            exclusion code twice              | exclusion: AZ-02                    | exclusion: AZ-01                     | rules.error.duplicate-exclusion       | 0
            malformed exclusion code          | exclusion: AZ-02                    | exclusion: az 2                      | rules.error.exclusion-code            | 29
            level twice                       | level: service-bus-queues-topics    | level: service-bus-relays            | rules.error.duplicate-level           | 0
            level without Chinese name        | name.zh-CN: 服务总线中继              | name.zh: 服务总线中继                  | rules.error.unknown-key               | 8
            level with empty Chinese name     | name.zh-CN: 服务总线中继              | name.zh-CN:                          | rules.error.missing-key               | 8
            exclusion without English title   | title.en: Factors outside 21Vianet's reasonable control | colour: blue    | rules.error.unknown-key               | 26
            key given twice                   | tiers-clause: 4.2                   | tiers: < 99.9 -> 10                  | rules.error.repeated-key              | 11
            claim information twice           | INCIDENT_TIME_AND_DURATION,         | DETAILED_DESCRIPTION,                | rules.error.claim-information         | 0
            unknown claim information         | INCIDENT_TIME_AND_DURATION,         | WEATHER,                             | rules.error.unknown-claim-information | 4
            malformed document slug           | document: service-bus               | document: Service Bus                | catalog.error.invalid-document        | 2
            malformed clause                  | tiers-clause: 4.2                   | tiers-clause: four                   | rules.error.clause                    | 11
            line without a key                | uptime-method: DEPLOYMENT_MINUTES   | DEPLOYMENT_MINUTES                   | rules.error.syntax                    | 9
            """)
    void refusesABadSetNamingTheRuleAndTheLine(String what, String good, String bad, String code, int line) {
        Matcher matcher = Pattern.compile(Pattern.quote(good)).matcher(RuleSetFixtures.SERVICE_BUS_V1);
        assertThat(matcher.find()).as("fixture contains %s", good).isTrue();
        String text = matcher.replaceFirst(Matcher.quoteReplacement(bad));
        assertThatThrownBy(() -> RuleSetFormat.parse(text)).as(what).isInstanceOfSatisfying(InvalidRuleSet.class,
                invalid -> {
                    assertThat(invalid.code()).isEqualTo(code);
                    assertThat(invalid.line()).isEqualTo(line);
                });
    }

    @ParameterizedTest(name = "missing {0}")
    @CsvSource({"document", "claims-clause", "claim-information"})
    void refusesASetWithoutADocumentKey(String key) {
        String text = RuleSetFixtures.SERVICE_BUS_V1.replaceFirst("(?m)^" + key + ":.*\\n", "");
        assertThatThrownBy(() -> RuleSetFormat.parse(text)).isInstanceOfSatisfying(InvalidRuleSet.class,
                invalid -> assertThat(invalid.arguments()).containsExactly(key));
    }

    @Test
    void refusesASetWithoutLevels() {
        String text = RuleSetFixtures.SERVICE_BUS_V1.substring(0, RuleSetFixtures.SERVICE_BUS_V1.indexOf("level:"));
        assertThatThrownBy(() -> RuleSetFormat.parse(text)).isInstanceOfSatisfying(InvalidRuleSet.class,
                invalid -> assertThat(invalid.code()).isEqualTo("rules.error.no-levels"));
    }
}
