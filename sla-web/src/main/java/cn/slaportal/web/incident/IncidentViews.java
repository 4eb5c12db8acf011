package cn.slaportal.web.incident;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.persistence.incident.Incident;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Names the service levels of incidents from the published rules (a level no version names shows its slug). */
@Component
class IncidentViews {

    private final IncidentService incidents;

    IncidentViews(IncidentService incidents) {
        this.incidents = incidents;
    }

    List<IncidentView> of(List<Incident> list) {
        Map<String, LocalizedText> names = incidents.levels().stream()
                .collect(Collectors.toMap(level -> level.slug().value(), ServiceLevel::name, (a, b) -> a));
        Function<String, LocalizedText> name = slug -> names.getOrDefault(slug, new LocalizedText(slug, slug));
        return list.stream().map(incident -> new IncidentView(incident, incident.serviceLevels().stream()
                .map(level -> name.apply(level.value())).sorted(Comparator.comparing(LocalizedText::en)).toList()))
                .toList();
    }
}
