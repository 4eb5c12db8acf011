package cn.slaportal.architecture;

import cn.slaportal.persistence.version.SlaVersionStore;
import java.time.Instant;
import org.springframework.stereotype.Controller;

/**
 * Classes that break sla-web's architecture rules on purpose, so that {@code WebArchitectureTest} proves each rule
 * catches a violation. Outside {@code cn.slaportal.web}, so that no application context ever scans them.
 */
public final class Offenders {

    private Offenders() {
    }

    /** A controller that publishes a version through the store, skipping the publication service. */
    @Controller
    public static class WritingController {
        private final SlaVersionStore versions;

        WritingController(SlaVersionStore versions) {
            this.versions = versions;
        }

        Object write() {
            return versions.publish(null);
        }
    }

    /** Code that reads the system clock instead of the Clock bean. */
    public static class ClockReader {
        Instant now() {
            return Instant.now();
        }
    }
}
