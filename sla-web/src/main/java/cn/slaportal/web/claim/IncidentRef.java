package cn.slaportal.web.claim;

import java.time.Instant;
import java.util.Objects;

/**
 * The incident a claim is for: one the operator recorded (by its tracking id), or one the customer reports with the
 * start and end they observed (Asia/Shanghai on the form; instants here). A reported incident is stored with the
 * claim, marked as reported by the customer, and offered to nobody else.
 */
public sealed interface IncidentRef {

    static IncidentRef recorded(String trackingId) {
        return new Recorded(trackingId);
    }

    static IncidentRef reported(Instant start, Instant end) {
        return new Reported(start, end);
    }

    /** An operator-recorded incident. */
    record Recorded(String trackingId) implements IncidentRef {
        public Recorded {
            trackingId = Objects.requireNonNullElse(trackingId, "").strip();
        }
    }

    /** An incident the customer reports. */
    record Reported(Instant start, Instant end) implements IncidentRef {
        public Reported {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }
}
