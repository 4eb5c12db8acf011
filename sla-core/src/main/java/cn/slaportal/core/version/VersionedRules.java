package cn.slaportal.core.version;

import cn.slaportal.core.catalog.RuleSet;
import java.util.Objects;

/** A published version of a document together with the rule set it carries. */
public record VersionedRules(SlaVersion version, RuleSet rules) {

    public VersionedRules {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(rules, "rules");
    }
}
