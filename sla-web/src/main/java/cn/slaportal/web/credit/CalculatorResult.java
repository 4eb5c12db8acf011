package cn.slaportal.web.credit;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.web.availability.ProbeLogResult;
import java.time.LocalDate;
import java.util.List;

/**
 * What the calculator page shows after a successful calculation: the estimate (the same one the JSON API
 * gives), the claim deadline when an incident date was given, the tiers with the one that applied, the
 * server-rendered pictures and, for a probe log, its per-resource counts and the days with unavailable minutes,
 * and which versions' rules were used.
 */
public record CalculatorResult(ServiceLevel level, CreditEstimate estimate, LocalDate deadline, List<TierRow> tiers,
        String tierBarSvg, ProbeLogResult log, String monthGridSvg, List<DayMinutes> outageDays, RulesUsed rules) {

    /**
     * The version (number and title) whose rules gave the credit, and the one whose deadline rule gave the
     * deadline (null without an incident date); they differ when a revision takes effect in between.
     */
    public record RulesUsed(int creditVersion, LocalizedText creditTitle, Integer deadlineVersion,
            LocalizedText deadlineTitle) {

        public boolean deadlineUnderOtherVersion() {
            return deadlineVersion != null && deadlineVersion != creditVersion;
        }
    }

    /** One credit tier as a row of the text equivalent of the tier bar. */
    public record TierRow(String rangeLabel, String creditPercent, boolean current) {
    }

    /** A day of the billing month with its unavailable minutes (all resources together). */
    public record DayMinutes(LocalDate day, long minutes) {
    }

    public boolean fromLog() {
        return log != null;
    }
}
