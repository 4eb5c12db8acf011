package cn.slaportal.core.catalog;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.claim.ClaimInformation;
import cn.slaportal.core.exclusion.Exclusion;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The rules one version of an SLA document states (SPEC 3.9): its service levels (each with names, uptime
 * method, credit tiers, claim-deadline rule and decision period), the information a claim must contain, and the
 * exclusions. A month is always judged by the rule set of the version that governs it. Immutable and valid by
 * construction:
 * <ul>
 * <li>at least one service level ({@code rules.error.no-levels}), each of this document
 * ({@code rules.error.level-document}: {0} level), no slug twice ({@code rules.error.duplicate-level}: {0});</li>
 * <li>no exclusion code twice ({@code rules.error.duplicate-exclusion}: {0}), each of this document;</li>
 * <li>at least one item of required claim information, none twice ({@code rules.error.claim-information}).</li>
 * </ul>
 * Tiers, percents, names in both languages and deadline parameters are checked by their own value types.
 */
public record RuleSet(SlaDocument document, ClauseNumber claimsClause, List<ClaimInformation> requiredClaimInformation,
        List<Exclusion> exclusions, List<ServiceLevel> levels) {

    public RuleSet {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(claimsClause, "claimsClause");
        requiredClaimInformation = List.copyOf(requiredClaimInformation);
        exclusions = List.copyOf(exclusions);
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new SlaRuleViolation("rules.error.no-levels");
        }
        Set<ServiceLevelSlug> slugs = new HashSet<>();
        for (ServiceLevel level : levels) {
            if (!level.document().equals(document)) {
                throw new SlaRuleViolation("rules.error.level-document", level.slug().value());
            }
            if (!slugs.add(level.slug())) {
                throw new SlaRuleViolation("rules.error.duplicate-level", level.slug().value());
            }
        }
        Set<String> codes = new HashSet<>();
        for (Exclusion exclusion : exclusions) {
            if (!exclusion.document().equals(document)) {
                throw new SlaRuleViolation("rules.error.level-document", exclusion.code());
            }
            if (!codes.add(exclusion.code())) {
                throw new SlaRuleViolation("rules.error.duplicate-exclusion", exclusion.code());
            }
        }
        if (requiredClaimInformation.isEmpty()
                || EnumSet.copyOf(requiredClaimInformation).size() != requiredClaimInformation.size()) {
            throw new SlaRuleViolation("rules.error.claim-information");
        }
    }

    public Optional<ServiceLevel> level(ServiceLevelSlug slug) {
        return levels.stream().filter(level -> level.slug().equals(slug)).findFirst();
    }

    public Optional<Exclusion> exclusion(String code) {
        return exclusions.stream().filter(exclusion -> exclusion.code().equals(code)).findFirst();
    }

    /** The same rule set with every service level changed by {@code change} (for drafting a revision). */
    public RuleSet withLevels(UnaryOperator<ServiceLevel> change) {
        return new RuleSet(document, claimsClause, requiredClaimInformation, exclusions,
                levels.stream().map(change).toList());
    }
}
