package cn.slaportal.persistence.subscription;

import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Subscription terms. Reads for customers go through the organisation-scoped methods. */
@Service
@Transactional(readOnly = true)
public class SubscriptionStore {

    private final SubscriptionRepository subscriptions;

    SubscriptionStore(SubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Transactional
    public Subscription create(NewSubscription term, Instant now) {
        return subscriptions.saveAndFlush(new SubscriptionEntity(term, null, now)).toRecord();
    }

    /**
     * Renews a term: the renewal is a new term starting the day after the previous one ends (so a new SLA
     * version may govern it). A term can be renewed once.
     */
    @Transactional
    public Subscription renew(long previousId, LocalDate newTermEnd, Money monthlyFee, Instant now) {
        Subscription previous = subscription(previousId)
                .orElseThrow(() -> new IllegalArgumentException("no subscription " + previousId));
        NewSubscription renewal = new NewSubscription(previous.organisationId(), previous.serviceLevel(),
                previous.termEnd().plusDays(1), newTermEnd, previous.billingDay(), monthlyFee,
                previous.suitePriceShare(), previous.reseller());
        return subscriptions.saveAndFlush(new SubscriptionEntity(renewal, previousId, now)).toRecord();
    }

    /** An administrator's change of the commercial terms of a subscription as read at {@code expectedRowVersion}. */
    @Transactional
    public Subscription update(long id, long expectedRowVersion, LocalDate termEnd, BillingDay billingDay, Money monthlyFee,
                               Optional<Money> suitePriceShare, Optional<Reseller> reseller) {
        SubscriptionEntity entity = subscriptions.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("no subscription " + id));
        if (entity.rowVersion() != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(SubscriptionEntity.class, id);
        }
        entity.apply(termEnd, billingDay, monthlyFee, suitePriceShare, reseller);
        return subscriptions.saveAndFlush(entity).toRecord();
    }

    public Optional<Subscription> subscription(long id) {
        return subscriptions.findById(id).map(SubscriptionEntity::toRecord);
    }

    /** The subscription only if it belongs to the organisation: a customer never reaches another's data. */
    public Optional<Subscription> subscriptionOf(long organisationId, long id) {
        return subscriptions.findByIdAndOrganisationId(id, organisationId).map(SubscriptionEntity::toRecord);
    }

    public List<Subscription> subscriptionsOf(long organisationId) {
        return subscriptions.findByOrganisationIdOrderByServiceLevelAscTermStartAsc(organisationId).stream()
                .map(SubscriptionEntity::toRecord).toList();
    }

    public Optional<Subscription> renewalOf(long id) {
        return subscriptions.findByRenewsSubscriptionId(id).map(SubscriptionEntity::toRecord);
    }

    public List<Subscription> all() {
        return subscriptions.findAllByOrderByOrganisationIdAscServiceLevelAscTermStartAsc().stream()
                .map(SubscriptionEntity::toRecord).toList();
    }

    /** Organisations with a term on one of these service levels that has not ended before {@code day} (notice recipients). */
    public List<Long> organisationsSubscribedTo(Collection<ServiceLevelSlug> serviceLevels, LocalDate day) {
        if (serviceLevels.isEmpty()) {
            return List.of();
        }
        return subscriptions.organisationsSubscribedTo(serviceLevels.stream().map(ServiceLevelSlug::value).toList(), day);
    }
}
