package cn.slaportal.web.subscription;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.core.version.RuleBook;
import cn.slaportal.core.version.VersionHistory;
import cn.slaportal.core.version.VersionedRules;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.persistence.version.SlaVersionSummary;
import cn.slaportal.web.catalog.PublishedRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subscription terms of one organisation with their governing versions (the core rule
 * {@link VersionHistory#governingTerm}: the version in force when a term begins governs it, a renewal being a
 * term of its own), and the scheduled versions with the terms they will govern. The versions come from the published
 * content held in memory ({@link PublishedRules#versions}), the terms from the database.
 */
@Service
public class CustomerSubscriptions {

    private final SubscriptionStore subscriptions;
    private final PublishedRules rules;

    CustomerSubscriptions(SubscriptionStore subscriptions, PublishedRules rules) {
        this.subscriptions = subscriptions;
        this.rules = rules;
    }

    /** The organisation's terms, by service level and start. */
    @Transactional(readOnly = true)
    public List<TermView> termsOf(long organisationId) {
        LocalDate today = rules.today();
        RuleBook book = rules.book();
        List<Subscription> terms = subscriptions.subscriptionsOf(organisationId);
        Map<Long, Long> renewals = new LinkedHashMap<>();
        terms.forEach(term -> term.renews().ifPresent(previous -> renewals.put(previous, term.id())));
        List<TermView> views = new ArrayList<>();
        for (Subscription term : terms) {
            Optional<SlaDocument> document = book.documentOf(term.serviceLevel());
            if (document.isEmpty()) {
                continue;
            }
            Optional<VersionedRules> governing = book.governingTerm(document.get(), term.termStart());
            Optional<ServiceLevel> level = governing.flatMap(version -> version.rules().level(term.serviceLevel()));
            LocalizedText name = level.or(() -> latestStatement(book, document.get(), term.serviceLevel()))
                    .map(ServiceLevel::name).orElse(new LocalizedText(term.serviceLevel().value(), term.serviceLevel().value()));
            Optional<SlaVersionSummary> summary = governing.flatMap(version -> summary(document.get().slug(), version.version().number()));
            views.add(new TermView(term, name, document.get().slug(), summary, level,
                    Optional.ofNullable(renewals.get(term.id())), today));
        }
        return views;
    }

    /** The term only if it belongs to the organisation. */
    @Transactional(readOnly = true)
    public Optional<TermView> termOf(long organisationId, long subscriptionId) {
        return termsOf(organisationId).stream().filter(view -> view.term().id() == subscriptionId).findFirst();
    }

    /** Versions of the organisation's documents scheduled after today, each with the terms it will govern. */
    @Transactional(readOnly = true)
    public List<ScheduledVersionView> scheduled(List<TermView> terms) {
        LocalDate today = rules.today();
        Set<String> documents = terms.stream().map(TermView::document).collect(Collectors.toCollection(LinkedHashSet::new));
        List<ScheduledVersionView> scheduled = new ArrayList<>();
        for (String document : documents) {
            List<SlaVersionSummary> published = rules.versions(document);
            VersionHistory history = new VersionHistory(published.stream().map(SlaVersionSummary::toCore).toList());
            List<TermView> ofDocument = terms.stream().filter(term -> term.document().equals(document)).toList();
            for (SlaVersionSummary version : scheduledAfter(published, history, today)) {
                List<TermView> governs = ofDocument.stream().filter(term -> history.governingTerm(term.term().termStart())
                        .filter(v -> v.number() == version.number()).isPresent()).toList();
                List<TermView> renewals = ofDocument.stream().filter(term -> term.renewedBy().isEmpty()
                        && !"ENDED".equals(term.state())
                        && history.governingRenewal(term.renewalStart()).filter(v -> v.number() == version.number()).isPresent())
                        .toList();
                scheduled.add(new ScheduledVersionView(version, governs, renewals));
            }
        }
        return scheduled;
    }

    private static Optional<ServiceLevel> latestStatement(RuleBook book, SlaDocument document, ServiceLevelSlug slug) {
        List<VersionedRules> all = book.versions(document);
        for (int i = all.size() - 1; i >= 0; i--) {
            Optional<ServiceLevel> level = all.get(i).rules().level(slug);
            if (level.isPresent()) {
                return level;
            }
        }
        return Optional.empty();
    }

    private Optional<SlaVersionSummary> summary(String document, int number) {
        return rules.versions(document).stream().filter(version -> version.number() == number).findFirst();
    }

    /** The published versions not in force yet on {@code day}, soonest first (core {@link VersionHistory#scheduledAfter}). */
    private static List<SlaVersionSummary> scheduledAfter(List<SlaVersionSummary> published, VersionHistory history,
                                                          LocalDate day) {
        return history.scheduledAfter(day).stream()
                .map(core -> published.stream().filter(v -> v.number() == core.number()).findFirst().orElseThrow()).toList();
    }
}
