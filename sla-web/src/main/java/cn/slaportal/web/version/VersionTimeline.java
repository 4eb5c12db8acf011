package cn.slaportal.web.version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.slaportal.core.version.SlaVersion;
import cn.slaportal.core.version.VersionHistory;
import cn.slaportal.persistence.version.SlaVersionSummary;

/**
 * The versions of one document placed on the calendar as seen on a day: which is in force, which are scheduled,
 * which were replaced and when. What is in force is the core rule ({@link VersionHistory#inForceOn},
 * {@link VersionHistory#lastDayInForce}); this only labels the versions for the pages. Pure: the day is an argument.
 */
public record VersionTimeline(List<VersionView> versions, LocalDate today) {

    public VersionTimeline {
        versions = List.copyOf(versions);
    }

    /** Places {@code summaries} (any order) on the calendar as seen on {@code today}. */
    public static VersionTimeline of(List<SlaVersionSummary> summaries, LocalDate today) {
        VersionHistory history = new VersionHistory(summaries.stream().map(SlaVersionSummary::toCore).toList());
        int inForce = history.inForceOn(today).map(SlaVersion::number).orElse(0);
        List<VersionView> views = new ArrayList<>();
        for (SlaVersionSummary version : summaries.stream().sorted(Comparator.comparingInt(SlaVersionSummary::number)).toList()) {
            if (version.number() == inForce) {
                views.add(new VersionView(version, VersionStatus.CURRENT, null));
            } else if (!version.toCore().isInForceOn(today)) {
                views.add(new VersionView(version, VersionStatus.SCHEDULED, null));
            } else {
                views.add(new VersionView(version, VersionStatus.SUPERSEDED,
                        history.lastDayInForce(version.number()).orElse(null)));
            }
        }
        return new VersionTimeline(views, today);
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
