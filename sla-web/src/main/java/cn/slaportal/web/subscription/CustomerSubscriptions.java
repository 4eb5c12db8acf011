package cn.slaportal.web.subscription;

import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.catalog.ServiceLevelCatalog;
import cn.slaportal.core.version.VersionHistory;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.SlaVersionSummary;
import java.time.Clock;
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
 * term of its own), and the scheduled versions with the terms they will govern.
 */
@Service
public class CustomerSubscriptions {

    private final SubscriptionStore subscriptions;
    private final SlaVersionStore versions;
    private final ServiceLevelCatalog catalog;
    private final Clock clock;

    CustomerSubscriptions(SubscriptionStore subscriptions, SlaVersionStore versions, ServiceLevelCatalog catalog,
                          Clock clock) {
        this.subscriptions = subscriptions;
        this.versions = versions;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The organisation's terms, by service level and start. */
    @Transactional(readOnly = true)
    public List<TermView> termsOf(long organisationId) {
        LocalDate today = LocalDate.now(clock.withZone(SlaTime.ZONE));
        Map<String, VersionHistory> histories = new LinkedHashMap<>();
        List<Subscription> terms = subscriptions.subscriptionsOf(organisationId);
        Map<Long, Long> renewals = new LinkedHashMap<>();
        terms.forEach(term -> term.renews().ifPresent(previous -> renewals.put(previous, term.id())));
        List<TermView> views = new ArrayList<>();
        for (Subscription term : terms) {
            Optional<ServiceLevel> level = catalog.find(term.serviceLevel());
            if (level.isEmpty()) {
                continue;
            }
            String document = level.get().document().slug();
            VersionHistory history = histories.computeIfAbsent(document, versions::history);
            Optional<SlaVersionSummary> governing = history.governingTerm(term.termStart())
                    .flatMap(version -> summary(document, version.number()));
            views.add(new TermView(term, level.get().name(), document, governing,
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
        LocalDate today = LocalDate.now(clock.withZone(SlaTime.ZONE));
        Set<String> documents = terms.stream().map(TermView::document).collect(Collectors.toCollection(LinkedHashSet::new));
        List<ScheduledVersionView> scheduled = new ArrayList<>();
        for (String document : documents) {
            VersionHistory history = versions.history(document);
            List<TermView> ofDocument = terms.stream().filter(term -> term.document().equals(document)).toList();
            for (SlaVersionSummary version : versions.scheduledAfter(document, today)) {
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

    private Optional<SlaVersionSummary> summary(String document, int number) {
        return versions.versions(document).stream().filter(version -> version.number() == number).findFirst();
    }
}
