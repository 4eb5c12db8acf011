package cn.slaportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.claim.DeadlineRule;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule-set check on fixtures: text and rules that agree, that disagree, and a version without rules. */
class RuleSetTextCheckTest {

    @Test
    void aTextThatStatesItsRulesProducesNoFindings() {
        assertThat(check("rules-agree")).isEmpty();
    }

    @Test
    void reportsATierTableADeadlineAndAnExclusionThatDisagreeWithTheRules() {
        List<String> findings = check("rules-disagree").stream().map(Finding::toString).toList();

        for (String file : List.of("sla/demo/v1.en.md", "sla/demo/v1.zh-CN.md")) {
            assertThat(findings).anyMatch(f -> f.startsWith(file + ": clause 1.1 has no credit table equal to the"
                    + " rule set of demo-relays [99.9->10, 99->30]"));
            assertThat(findings).contains(file + ": clause 1.2 (credit table of demo-queues) does not exist");
            assertThat(findings).contains(file + ": clause 2.2.3 of exclusion DEMO-01 does not exist");
        }
        assertThat(findings).contains("sla/demo/v1.en.md: claims clause 2.1 does not state the deadline of the rule"
                + " set (billing-months 1): expected \"within one month of the end of the billing month\"");
        assertThat(findings).contains("sla/demo/v1.zh-CN.md: claims clause 2.1 does not state the deadline of the"
                + " rule set (billing-months 1): expected \"计费月结束后一个月内\"");
        assertThat(findings).hasSize(8);
    }

    @Test
    void reportsAVersionWithoutRuleSet() {
        assertThat(check("rules-missing")).containsExactly(
                new Finding("sla/demo/v1.rules", "missing: every SLA version carries its rule set"));
    }

    @ParameterizedTest(name = "{0} {1}: \"{2}\" / \"{3}\"")
    @CsvSource({"BILLING_MONTHS, 2, within two months of the end of the billing month, 计费月结束后两个月内",
            "BILLING_MONTHS, 1, within one month of the end of the billing month, 计费月结束后一个月内",
            "CALENDAR_MONTHS, 1, by the end of the calendar month following the month, 下一个日历月月底之前"})
    void statesEachDeadlineRuleInBothLanguages(DeadlineRule.Kind kind, int months, String english, String chinese) {
        assertThat(RuleSetTextCheck.deadlinePhrases(new DeadlineRule(kind, months)))
                .containsEntry(Language.EN, english).containsEntry(Language.ZH_CN, chinese);
    }

    private static List<Finding> check(String fixture) {
        try {
            URL url = Objects.requireNonNull(RuleSetTextCheckTest.class.getResource("/fixtures/" + fixture), fixture);
            return new RuleSetTextCheck(Path.of(url.toURI())).check();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
