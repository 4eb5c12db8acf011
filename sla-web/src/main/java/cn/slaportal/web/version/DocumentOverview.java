package cn.slaportal.web.version;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.slaportal.core.LocalizedText;

/** An SLA document for lists (the SLA index, the home page): its title, the version in force, its service levels. */
public record DocumentOverview(String slug, LocalizedText title, VersionTimeline timeline, List<ServiceLevelView> levels) {

    public DocumentOverview {
        levels = List.copyOf(levels);
    }

    public String title(Locale locale) {
        return timeline.inForce().map(v -> v.title(locale)).orElseGet(() -> title.in(locale));
    }

    public Optional<VersionView> inForce() {
        return timeline.inForce();
    }

    public Optional<VersionView> nextScheduled() {
        return timeline.nextScheduled();
    }
}
