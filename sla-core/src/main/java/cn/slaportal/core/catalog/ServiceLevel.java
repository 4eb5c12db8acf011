package cn.slaportal.core.catalog;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.claim.DeadlineRule;
import cn.slaportal.core.claim.DecisionPeriod;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.core.credit.CreditAssessment;
import cn.slaportal.core.credit.CreditCalculator;
import cn.slaportal.core.credit.CreditFrequencyRule;
import cn.slaportal.core.credit.CreditSchedule;
import cn.slaportal.core.uptime.MonthlyUptimeCalculator;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.core.uptime.UptimeMethod;
import cn.slaportal.core.uptime.UptimeMinutes;
import java.util.Objects;
import java.util.Optional;

/**
 * A service level as one version's rule set states it, with everything needed to assess and claim a credit
 * under it. {@code tiersClause} is the clause of the version's text that shows its credit table.
 */
public record ServiceLevel(ServiceLevelSlug slug, SlaDocument document, LocalizedText name, UptimeMethod uptimeMethod,
        CreditSchedule creditSchedule, DeadlineRule deadlineRule, Optional<DecisionPeriod> decisionPeriod,
        CreditFrequencyRule creditFrequencyRule, ClauseNumber tiersClause) {

    public ServiceLevel {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uptimeMethod, "uptimeMethod");
        Objects.requireNonNull(creditSchedule, "creditSchedule");
        Objects.requireNonNull(deadlineRule, "deadlineRule");
        Objects.requireNonNull(decisionPeriod, "decisionPeriod");
        Objects.requireNonNull(creditFrequencyRule, "creditFrequencyRule");
        Objects.requireNonNull(tiersClause, "tiersClause");
    }

    private static final MonthlyUptimeCalculator UPTIME = new MonthlyUptimeCalculator();
    private static final CreditCalculator CREDITS = new CreditCalculator();

    /**
     * Monthly Uptime Percentage and Service Credit for one month. Refuses input counted another way than
     * this level's uptime method ({@code credit.error.method-mismatch}: {0} this level's method, {1} given).
     */
    public CreditAssessment assess(BillingMonth month, UptimeInput input, ApplicableFee fee) {
        if (input.method() != uptimeMethod) {
            throw new SlaRuleViolation("credit.error.method-mismatch", uptimeMethod.name(), input.method().name());
        }
        UptimeMinutes minutes = UPTIME.calculate(month, input);
        return new CreditAssessment(minutes, CREDITS.assess(creditSchedule, minutes, fee));
    }

    /** The same level with another claim-deadline rule (a revised version that changes only the deadline). */
    public ServiceLevel withDeadlineRule(DeadlineRule rule) {
        return new ServiceLevel(slug, document, name, uptimeMethod, creditSchedule, rule, decisionPeriod,
                creditFrequencyRule, tiersClause);
    }
}
