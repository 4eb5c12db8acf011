package cn.slaportal.core.version;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.catalog.RuleSet;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.catalog.ServiceLevelCatalog;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.catalog.SlaDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every document's published versions with their rule sets: which rules apply on a day or to a term (SPEC 3.9).
 * <ul>
 * <li>a deadline without a subscription: the version in force on the incident day ({@link #inForceOn});</li>
 * <li>an estimate without a subscription: the version in force on the first day of the billing month
 * ({@link #forBillingMonth});</li>
 * <li>a claim: the version governing the subscription term in which the incident began ({@link #governingTerm},
 * by {@link VersionHistory#governingTerm}; a renewal is a term of its own).</li>
 * </ul>
 * Immutable; documents keep the order they were given in.
 */
public final class RuleBook {

    private final Map<SlaDocument, List<VersionedRules>> byDocument;
    private final Map<SlaDocument, VersionHistory> histories;

    public RuleBook(List<VersionedRules> versions) {
        Map<SlaDocument, List<VersionedRules>> grouped = new LinkedHashMap<>();
        for (VersionedRules version : versions) {
            grouped.computeIfAbsent(version.rules().document(), document -> new ArrayList<>()).add(version);
        }
        Map<SlaDocument, VersionHistory> built = new LinkedHashMap<>();
        grouped.forEach((document, list) -> built.put(document,
                new VersionHistory(list.stream().map(VersionedRules::version).toList())));
        this.byDocument = Collections.unmodifiableMap(grouped);
        this.histories = built;
    }

    public List<SlaDocument> documents() {
        return List.copyOf(histories.keySet());
    }

    /** The versions of a document with their rules, in the order given. */
    public List<VersionedRules> versions(SlaDocument document) {
        return List.copyOf(byDocument.getOrDefault(document, List.of()));
    }

    public Optional<VersionedRules> version(SlaDocument document, int number) {
        return versions(document).stream().filter(v -> v.version().number() == number).findFirst();
    }

    public Optional<VersionedRules> inForceOn(SlaDocument document, LocalDate day) {
        return Optional.ofNullable(histories.get(document)).flatMap(history -> history.inForceOn(day))
                .flatMap(version -> version(document, version.number()));
    }

    /** The version governing a subscription term that begins on {@code termStart}, for the whole term. */
    public Optional<VersionedRules> governingTerm(SlaDocument document, LocalDate termStart) {
        return Optional.ofNullable(histories.get(document)).flatMap(history -> history.governingTerm(termStart))
                .flatMap(version -> version(document, version.number()));
    }

    /** The document whose versions name this service level (the latest version that names it decides). */
    public Optional<SlaDocument> documentOf(ServiceLevelSlug level) {
        for (Map.Entry<SlaDocument, List<VersionedRules>> entry : byDocument.entrySet()) {
            if (entry.getValue().stream().anyMatch(v -> v.rules().level(level).isPresent())) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses a rule set that names a service level another document's versions name ({@code
     * version.error.level-of-other-document}: {0} level, {1} the other document): a level belongs to one document,
     * which decides its rules, history and notices.
     */
    public void checkLevelsBelongTo(RuleSet rules) {
        for (ServiceLevel level : rules.levels()) {
            Optional<SlaDocument> owner = documentOf(level.slug());
            if (owner.isPresent() && !owner.get().equals(rules.document())) {
                throw new SlaRuleViolation("version.error.level-of-other-document", level.slug().value(),
                        owner.get().slug());
            }
        }
    }

    /** The level as the version in force on {@code day} states it (a claim deadline for an incident on that day). */
    public AppliedLevel levelOn(String level, LocalDate day) {
        ServiceLevelSlug slug = knownLevel(level);
        SlaDocument document = documentOf(slug).orElseThrow();
        return applied(slug, inForceOn(document, day)
                .orElseThrow(() -> new SlaRuleViolation("version.error.none-in-force", document.slug(), day.toString())));
    }

    /** The level under the version in force on the first day of the billing month (an estimate for that month). */
    public AppliedLevel forBillingMonth(String level, BillingMonth month) {
        return levelOn(level, month.firstDay());
    }

    /** The level under the version governing a term beginning on {@code termStart} (a claim in that term). */
    public AppliedLevel governingLevel(String level, LocalDate termStart) {
        ServiceLevelSlug slug = knownLevel(level);
        SlaDocument document = documentOf(slug).orElseThrow();
        return applied(slug, governingTerm(document, termStart).orElseThrow(
                () -> new SlaRuleViolation("version.error.none-in-force", document.slug(), termStart.toString())));
    }

    /**
     * The level under a named version (a stored claim's governing version). Refuses a version that does not exist
     * ({@code version.error.unknown}: {0} document, {1} number) or does not cover the level.
     */
    public AppliedLevel levelUnder(SlaDocument document, int number, ServiceLevelSlug level) {
        VersionedRules version = version(document, number)
                .orElseThrow(() -> new SlaRuleViolation("version.error.unknown", document.slug(), number));
        return applied(level, version);
    }

    /**
     * The service levels a visitor can choose on {@code day}: per document, those of the version in force (or,
     * for a document whose first version is still scheduled, of that version).
     */
    public ServiceLevelCatalog catalogOn(LocalDate day) {
        return ServiceLevelCatalog.of(currentOn(day).stream().map(VersionedRules::rules).toList());
    }

    /** Per document, the version in force on {@code day} (or, before the first one takes effect, that one). */
    public List<VersionedRules> currentOn(LocalDate day) {
        List<VersionedRules> current = new ArrayList<>();
        for (SlaDocument document : histories.keySet()) {
            inForceOn(document, day).or(() -> histories.get(document).scheduledAfter(day).stream().findFirst()
                    .flatMap(version -> version(document, version.number())))
                    .ifPresent(current::add);
        }
        return current;
    }

    /** The slug of a level some version names; refuses any other text ({@code catalog.error.unknown-service-level}). */
    public ServiceLevelSlug knownLevel(String level) {
        ServiceLevelSlug slug;
        try {
            slug = new ServiceLevelSlug(level == null ? "" : level);
        } catch (SlaRuleViolation malformed) {
            throw new SlaRuleViolation("catalog.error.unknown-service-level");
        }
        if (documentOf(slug).isEmpty()) {
            throw new SlaRuleViolation("catalog.error.unknown-service-level");
        }
        return slug;
    }

    /**
     * Refuses a level that the applicable version does not cover ({@code catalog.error.level-not-in-version}:
     * {0} level, {1} version number).
     */
    private static AppliedLevel applied(ServiceLevelSlug slug, VersionedRules version) {
        ServiceLevel level = version.rules().level(slug).orElseThrow(() -> new SlaRuleViolation(
                "catalog.error.level-not-in-version", slug.value(), version.version().number()));
        return new AppliedLevel(version.version(), version.rules(), level);
    }
}
