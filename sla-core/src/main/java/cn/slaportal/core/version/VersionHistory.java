package cn.slaportal.core.version;

import cn.slaportal.core.SlaRuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The published versions of one document, by number. Answers which version is in force on a date: among the
 * versions whose effective date is on or before it, the one with the latest effective date (the higher number
 * on a tie). A version effective after the date is only scheduled and not in force.
 */
public final class VersionHistory {

    private final List<SlaVersion> versions;

    public VersionHistory(List<SlaVersion> versions) {
        List<SlaVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparingInt(SlaVersion::number));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).number() == sorted.get(i - 1).number()) {
                throw new SlaRuleViolation("version.error.duplicate-number", sorted.get(i).number());
            }
        }
        this.versions = List.copyOf(sorted);
    }

    public List<SlaVersion> versions() {
        return versions;
    }

    /** The number the next published version gets. */
    public int nextNumber() {
        return versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number() + 1;
    }

    public Optional<SlaVersion> inForceOn(LocalDate date) {
        SlaVersion inForce = null;
        for (SlaVersion version : versions) {
            if (version.isInForceOn(date) && (inForce == null
                    || !version.effectiveFrom().isBefore(inForce.effectiveFrom()))) {
                inForce = version;
            }
        }
        return Optional.ofNullable(inForce);
    }

    /** The version that governs a subscription term beginning on {@code termStart}, for the whole term. */
    public Optional<SlaVersion> governingTerm(LocalDate termStart) {
        return inForceOn(termStart);
    }

    /** The version that governs a renewal term: the one in force when the renewal begins. */
    public Optional<SlaVersion> governingRenewal(LocalDate renewalStart) {
        return inForceOn(renewalStart);
    }

    /**
     * The last day a version was in force: the day before the version that replaced it took effect. Empty while
     * nothing replaces it, and for a version that a later one with the same effective date replaced before it began
     * (it never was in force). Follows {@link #inForceOn}: the versions take over in the order of their effective
     * dates, the higher number on a tie.
     */
    public Optional<LocalDate> lastDayInForce(int number) {
        List<SlaVersion> byPrecedence = versions.stream()
                .sorted(Comparator.comparing(SlaVersion::effectiveFrom).thenComparingInt(SlaVersion::number)).toList();
        for (int i = 0; i + 1 < byPrecedence.size(); i++) {
            if (byPrecedence.get(i).number() == number) {
                LocalDate from = byPrecedence.get(i).effectiveFrom();
                LocalDate next = byPrecedence.get(i + 1).effectiveFrom();
                return next.isAfter(from) ? Optional.of(next.minusDays(1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Versions published but not yet in force on {@code today}, earliest effective date first. */
    public List<SlaVersion> scheduledAfter(LocalDate today) {
        return versions.stream().filter(version -> version.effectiveFrom().isAfter(today))
                .sorted(Comparator.comparing(SlaVersion::effectiveFrom).thenComparingInt(SlaVersion::number))
                .toList();
    }
}
