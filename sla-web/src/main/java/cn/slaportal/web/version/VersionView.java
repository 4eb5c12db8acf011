package cn.slaportal.web.version;

import java.time.LocalDate;
import java.util.Locale;

import cn.slaportal.persistence.version.SlaVersionSummary;

/**
 * A published version as the pages show it: its summary, its status today and, for a version no longer in force,
 * the last day it applied ({@code null} when it never came into force because a later one replaced it first).
 */
public record VersionView(SlaVersionSummary summary, VersionStatus status, LocalDate lastDayInForce) {

    public int number() {
        return summary.number();
    }

    public String document() {
        return summary.document();
    }

    public String title(Locale locale) {
        return summary.title().in(locale);
    }

    public String changeSummary(Locale locale) {
        return summary.summary().in(locale);
    }

    public boolean current() {
        return status == VersionStatus.CURRENT;
    }

    public boolean scheduled() {
        return status == VersionStatus.SCHEDULED;
    }

    public boolean superseded() {
        return status == VersionStatus.SUPERSEDED;
    }

    /** Lower-case status for CSS classes: {@code badge-current}, {@code badge-scheduled}, {@code badge-superseded}. */
    public String statusClass() {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
