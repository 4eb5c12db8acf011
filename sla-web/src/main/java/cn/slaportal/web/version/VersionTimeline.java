package cn.slaportal.web.version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.slaportal.persistence.version.SlaVersionSummary;

/**
 * The versions of one document placed on the calendar: which is in force on a day (the latest effective date
 * on or before it, the higher number on a tie, as {@code SlaVersionStore.inForce}), which are scheduled, which
 * were replaced and when. Pure: the day is an argument.
 */
public record VersionTimeline(List<VersionView> versions, LocalDate today) {

    public VersionTimeline {
        versions = List.copyOf(versions);
    }

    /** Places {@code summaries} (any order) on the calendar as seen on {@code today}. */
    public static VersionTimeline of(List<SlaVersionSummary> summaries, LocalDate today) {
        Comparator<SlaVersionSummary> precedence = Comparator.comparing(SlaVersionSummary::effectiveFrom)
                .thenComparingInt(SlaVersionSummary::number);
        List<SlaVersionSummary> byPrecedence = summaries.stream().sorted(precedence).toList();
        SlaVersionSummary inForce = byPrecedence.stream().filter(v -> !v.effectiveFrom().isAfter(today))
                .reduce((first, second) -> second).orElse(null);
        List<VersionView> views = new ArrayList<>();
        for (SlaVersionSummary version : summaries.stream().sorted(Comparator.comparingInt(SlaVersionSummary::number)).toList()) {
            if (version == inForce) {
                views.add(new VersionView(version, VersionStatus.CURRENT, null));
            } else if (version.effectiveFrom().isAfter(today)) {
                views.add(new VersionView(version, VersionStatus.SCHEDULED, null));
            } else {
                views.add(new VersionView(version, VersionStatus.SUPERSEDED, lastDay(version, byPrecedence)));
            }
        }
        return new VersionTimeline(views, today);
    }

    /** The day before the version that came after it took effect; null when it was replaced before it began. */
    private static LocalDate lastDay(SlaVersionSummary version, List<SlaVersionSummary> byPrecedence) {
        int index = byPrecedence.indexOf(version);
        if (index + 1 >= byPrecedence.size()) {
            return null;
        }
        LocalDate next = byPrecedence.get(index + 1).effectiveFrom();
        return next.isAfter(version.effectiveFrom()) ? next.minusDays(1) : null;
    }

    public Optional<VersionView> inForce() {
        return versions.stream().filter(VersionView::current).findFirst();
    }

    public Optional<VersionView> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** The next scheduled version (soonest effective date), for the banner on the page of the version in force. */
    public Optional<VersionView> nextScheduled() {
        return versions.stream().filter(VersionView::scheduled)
                .min(Comparator.comparing((VersionView v) -> v.summary().effectiveFrom()).thenComparingInt(VersionView::number));
    }

    /** The history, newest number first. */
    public List<VersionView> newestFirst() {
        List<VersionView> newestFirst = new ArrayList<>(versions);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public int latestNumber() {
        return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).number();
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }
}
