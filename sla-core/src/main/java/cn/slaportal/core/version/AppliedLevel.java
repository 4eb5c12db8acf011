package cn.slaportal.core.version;

import cn.slaportal.core.catalog.RuleSet;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.catalog.SlaDocument;
import java.util.Objects;

/** A service level as the version whose rules apply states it: every result names {@link #version()}. */
public record AppliedLevel(SlaVersion version, RuleSet rules, ServiceLevel level) {

    public AppliedLevel {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(level, "level");
    }

    public SlaDocument document() {
        return rules.document();
    }
}
