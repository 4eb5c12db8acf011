package cn.slaportal.web.incident;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.incident.Incident;
import java.util.List;

/** An incident as the pages show it: its record and the names of the service levels it touched. */
public record IncidentView(Incident incident, List<LocalizedText> levelNames) {

    public long minutes() {
        return incident.duration().toMinutes();
    }
}
