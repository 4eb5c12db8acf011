package cn.slaportal.web.availability;

import cn.slaportal.core.availability.ResourceAvailability;
import java.util.List;

/**
 * The outcome of one probe log: minute counts per resource; the first {@link ProbeLogService#REJECTED_LINES_LIMIT}
 * rejected lines and how many there were in all; data lines read; lines that started outside the window
 * (ignored, not rejected); and the line at which a CSV syntax error stopped the reading, or 0 when it reached
 * the end.
 */
public record ProbeLogResult(List<ResourceAvailability> resources, List<RejectedLine> rejectedLines,
        long rejectedLineCount, long linesRead, long linesOutsideWindow, long stoppedAtLine) {

    public ProbeLogResult {
        resources = List.copyOf(resources);
        rejectedLines = List.copyOf(rejectedLines);
    }

    public boolean rejectedLinesTruncated() {
        return rejectedLineCount > rejectedLines.size();
    }
}
