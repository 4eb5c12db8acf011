package cn.slaportal.core.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Service levels looked up by slug, in the order of the rule sets they come from. Built from data (the rule sets
 * of the versions in force), so a new document needs no code. Immutable.
 */
public final class ServiceLevelCatalog {

    private final Map<ServiceLevelSlug, ServiceLevel> levels;

    public ServiceLevelCatalog(List<ServiceLevel> levels) {
        Map<ServiceLevelSlug, ServiceLevel> bySlug = new LinkedHashMap<>();
        for (ServiceLevel level : levels) {
            if (bySlug.putIfAbsent(level.slug(), level) != null) {
                throw new IllegalArgumentException("duplicate slug " + level.slug());
            }
        }
        this.levels = bySlug;
    }

    /** The levels of these rule sets, one rule set after the other. */
    public static ServiceLevelCatalog of(Collection<RuleSet> ruleSets) {
        return new ServiceLevelCatalog(ruleSets.stream().flatMap(rules -> rules.levels().stream()).toList());
    }

    public List<ServiceLevel> all() {
        return List.copyOf(levels.values());
    }

    public Optional<ServiceLevel> find(ServiceLevelSlug slug) {
        return Optional.ofNullable(levels.get(Objects.requireNonNull(slug, "slug")));
    }

    /** Lookup by raw slug; a malformed slug is simply not found. */
    public Optional<ServiceLevel> find(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        for (ServiceLevel level : levels.values()) {
            if (level.slug().value().equals(slug)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    public List<ServiceLevel> ofDocument(SlaDocument document) {
        return levels.values().stream().filter(level -> level.document().equals(document)).toList();
    }
}
