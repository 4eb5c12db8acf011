package cn.slaportal.persistence.version;

import java.util.Objects;

/** A published version and the text of its rule set (content/README.md, "Rule sets"). */
public record VersionRules(SlaVersionSummary version, String rules) {

    public VersionRules {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(rules, "rules");
    }
}
