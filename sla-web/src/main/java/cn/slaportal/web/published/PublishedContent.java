package cn.slaportal.web.published;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.slaportal.core.version.RuleBook;
import cn.slaportal.persistence.faq.FaqCategory;
import cn.slaportal.persistence.faq.FaqEntry;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionSummary;

/**
 * One immutable view of everything published: the versions of every document (bodies included, by number), the
 * rule book built from their rule sets, the FAQ categories and their entries. Holds no day: what is in force is
 * asked of the rule book or the version history with the day of the request.
 */
public final class PublishedContent {

    private final List<String> documents;
    private final Map<String, List<SlaVersionRecord>> versions;
    private final RuleBook rules;
    private final List<FaqCategory> categories;
    private final Map<String, List<FaqEntry>> entries;

    /**
     * {@code records} in any order; the documents keep the rule book's order, then (versions without a rule set,
     * stored before rule sets existed) by slug. {@code categories} and each category's {@code entries} in page order.
     */
    PublishedContent(List<SlaVersionRecord> records, RuleBook rules, List<FaqCategory> categories,
                     Map<String, List<FaqEntry>> entries) {
        Map<String, List<SlaVersionRecord>> byDocument = new LinkedHashMap<>();
        records.stream().sorted(Comparator.comparing(SlaVersionRecord::document).thenComparingInt(SlaVersionRecord::number))
                .forEach(record -> byDocument.computeIfAbsent(record.document(), d -> new ArrayList<>()).add(record));
        Set<String> order = new LinkedHashSet<>();
        rules.documents().forEach(document -> order.add(document.slug()));
        order.retainAll(byDocument.keySet());
        order.addAll(byDocument.keySet());
        Map<String, List<SlaVersionRecord>> frozen = new LinkedHashMap<>();
        byDocument.forEach((document, list) -> frozen.put(document, List.copyOf(list)));
        Map<String, List<FaqEntry>> frozenEntries = new LinkedHashMap<>();
        entries.forEach((category, list) -> frozenEntries.put(category, List.copyOf(list)));
        this.documents = List.copyOf(order);
        this.versions = Collections.unmodifiableMap(frozen);
        this.rules = rules;
        this.categories = List.copyOf(categories);
        this.entries = Collections.unmodifiableMap(frozenEntries);
    }

    /** The documents with at least one published version. */
    public List<String> documents() {
        return documents;
    }

    /** A document's published versions, number 1 first; empty for a document nobody published. */
    public List<SlaVersionSummary> versions(String document) {
        return records(document).stream().map(SlaVersionRecord::summary).toList();
    }

    /** A document's published versions with their texts, number 1 first. */
    public List<SlaVersionRecord> records(String document) {
        return versions.getOrDefault(document, List.of());
    }

    public Optional<SlaVersionRecord> version(String document, int number) {
        List<SlaVersionRecord> list = records(document);
        // numbers run 1, 2, 3 … without gaps, so the position is the number; the check keeps it honest anyway
        if (number >= 1 && number <= list.size() && list.get(number - 1).number() == number) {
            return Optional.of(list.get(number - 1));
        }
        return list.stream().filter(record -> record.number() == number).findFirst();
    }

    /** Every published version of every document, documents in {@link #documents()} order. */
    public List<SlaVersionRecord> allVersions() {
        return documents.stream().flatMap(document -> records(document).stream()).toList();
    }

    /** The rule sets of every published version that has one. */
    public RuleBook rules() {
        return rules;
    }

    /** The FAQ categories in their order, each with its number of entries. */
    public List<FaqCategory> faqCategories() {
        return categories;
    }

    public Optional<FaqCategory> faqCategory(String slug) {
        return categories.stream().filter(category -> category.slug().equals(slug)).findFirst();
    }

    /** A category's entries, as published, in their order. */
    public List<FaqEntry> faqEntries(String category) {
        return entries.getOrDefault(category, List.of());
    }

    /** Every entry of every category, categories and entries in order. */
    public List<FaqEntry> allFaqEntries() {
        return categories.stream().flatMap(category -> faqEntries(category.slug()).stream()).toList();
    }
}
