package cn.slaportal.persistence.subscription;

import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@Entity
@Table(name = "subscription")
class SubscriptionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "service_level", nullable = false, updatable = false, length = 100)
    private String serviceLevel;

    @Column(name = "term_start", nullable = false, updatable = false)
    private LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    @Column(name = "renews_subscription_id", updatable = false)
    private Long renewsSubscriptionId;

    @Column(name = "billing_day", nullable = false)
    private int billingDay;

    @Column(name = "monthly_fee", nullable = false, precision = 19, scale = 2)
    private BigDecimal monthlyFee;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "suite_price_share", precision = 19, scale = 2)
    private BigDecimal suitePriceShare;

    @Column(name = "reseller_name", length = 200)
    private String resellerName;

    @Column(name = "estimated_retail_price", precision = 19, scale = 2)
    private BigDecimal estimatedRetailPrice;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected SubscriptionEntity() {
    }

    SubscriptionEntity(NewSubscription term, Long renews, Instant createdAt) {
        this.organisationId = term.organisationId();
        this.serviceLevel = term.serviceLevel().value();
        this.termStart = term.termStart();
        this.renewsSubscriptionId = renews;
        this.createdAt = createdAt;
        this.currency = Money.CURRENCY;
        apply(term.termEnd(), term.billingDay(), term.monthlyFee(), term.suitePriceShare(), term.reseller());
    }

    void apply(LocalDate termEnd, BillingDay billingDay, Money monthlyFee, Optional<Money> suitePriceShare,
               Optional<Reseller> reseller) {
        this.termEnd = termEnd;
        this.billingDay = billingDay.value();
        this.monthlyFee = monthlyFee.amount();
        this.suitePriceShare = suitePriceShare.map(Money::amount).orElse(null);
        this.resellerName = reseller.map(Reseller::name).orElse(null);
        this.estimatedRetailPrice = reseller.map(r -> r.estimatedRetailPrice().amount()).orElse(null);
    }

    long rowVersion() {
        return rowVersion;
    }

    Subscription toRecord() {
        Optional<Reseller> reseller = resellerName == null ? Optional.empty()
                : Optional.of(new Reseller(resellerName, new Money(estimatedRetailPrice)));
        return new Subscription(id, organisationId, new ServiceLevelSlug(serviceLevel), termStart, termEnd,
                Optional.ofNullable(renewsSubscriptionId), new BillingDay(billingDay), new Money(monthlyFee),
                Optional.ofNullable(suitePriceShare).map(Money::new), reseller, rowVersion);
    }
}
