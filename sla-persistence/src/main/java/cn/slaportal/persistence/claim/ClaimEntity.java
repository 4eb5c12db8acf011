package cn.slaportal.persistence.claim;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.core.claim.ServiceCreditClaim;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.core.credit.CreditPercent;
import cn.slaportal.core.credit.FeeBasis;
import cn.slaportal.core.uptime.UptimeMinutes;
import cn.slaportal.core.uptime.UptimePercentage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Entity
@Table(name = "claim")
class ClaimEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false, length = 32)
    private String reference;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private long subscriptionId;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private long incidentId;

    @Column(name = "service_level", nullable = false, updatable = false, length = 100)
    private String serviceLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ClaimStatus status;

    @Column(name = "description", nullable = false, updatable = false, columnDefinition = "text")
    private String description;

    @Column(name = "downtime_started_at", nullable = false, updatable = false)
    private Instant downtimeStartedAt;

    @Column(name = "downtime_minutes", nullable = false, updatable = false)
    private long downtimeMinutes;

    @Column(name = "affected_resources", updatable = false, columnDefinition = "text")
    private String affectedResources;

    @Column(name = "affected_user_count", updatable = false)
    private Integer affectedUserCount;

    @Column(name = "affected_user_locations", updatable = false, columnDefinition = "text")
    private String affectedUserLocations;

    @Column(name = "resolution_attempts", nullable = false, updatable = false, columnDefinition = "text")
    private String resolutionAttempts;

    @Column(name = "uptime_percent", nullable = false, updatable = false, precision = 16, scale = 12)
    private BigDecimal uptimePercent;

    @Column(name = "credit_percent", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal creditPercent;

    @Column(name = "credit_amount", nullable = false, updatable = false, precision = 19, scale = 2)
    private BigDecimal creditAmount;

    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "deadline", nullable = false, updatable = false)
    private LocalDate deadline;

    @Column(name = "expected_decision_date", updatable = false)
    private LocalDate expectedDecisionDate;

    @Column(name = "approved_credit_amount", precision = 19, scale = 2)
    private BigDecimal approvedCreditAmount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_exclusion", joinColumns = @JoinColumn(name = "claim_id"))
    private List<CitedExclusionValue> exclusions = new ArrayList<>();

    @Column(name = "submitted_by_id", nullable = false, updatable = false)
    private long submittedById;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** TRUE while this claim blocks another one for the same incident and subscription, NULL once it does not. */
    @Column(name = "blocking")
    private Boolean blocking;

    @Column(name = "sla_document", updatable = false, length = 64)
    private String slaDocument;

    @Column(name = "sla_version", updatable = false)
    private Integer slaVersion;

    @Column(name = "billing_month", updatable = false)
    private LocalDate billingMonth;

    @Column(name = "available_minutes", updatable = false)
    private Long availableMinutes;

    @Column(name = "formula_downtime", updatable = false)
    private Long formulaDowntime;

    @Column(name = "fee_amount", updatable = false, precision = 19, scale = 2)
    private BigDecimal feeAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_basis", updatable = false, length = 40)
    private FeeBasis feeBasis;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ClaimEntity() {
    }

    ClaimEntity(String reference, long organisationId, NewClaim claim) {
        ServiceCreditClaim core = claim.claim();
        this.reference = reference;
        this.organisationId = organisationId;
        this.subscriptionId = claim.subscriptionId();
        this.incidentId = claim.incidentId();
        this.serviceLevel = core.level().value();
        this.description = claim.statement().description();
        this.downtimeStartedAt = claim.downtimeStartedAt();
        this.downtimeMinutes = claim.downtimeMinutes();
        this.affectedResources = claim.statement().affectedResources().orElse(null);
        this.affectedUserCount = claim.statement().affectedUserCount().orElse(null);
        this.affectedUserLocations = claim.statement().affectedUserLocations().orElse(null);
        this.resolutionAttempts = claim.statement().resolutionAttempts();
        this.uptimePercent = claim.credit().uptime().value();
        this.creditPercent = claim.credit().percent().value();
        this.creditAmount = claim.credit().amount().amount();
        this.currency = Money.CURRENCY;
        this.deadline = claim.deadline();
        this.expectedDecisionDate = claim.expectedDecisionDate().orElse(null);
        this.submittedById = claim.submittedByUserId();
        this.submittedAt = claim.submitted().at();
        this.updatedAt = claim.submitted().at();
        this.slaDocument = core.document().slug();
        this.slaVersion = core.governingVersion();
        this.billingMonth = core.billingMonth().firstDay();
        this.availableMinutes = core.minutes().availableMinutes();
        this.formulaDowntime = core.minutes().downtimeMinutes();
        this.feeAmount = core.fee().amount().amount();
        this.feeBasis = core.fee().basis();
        apply(core, claim.submitted().at());
    }

    /** Takes over the state of the aggregate after a step. */
    void apply(ServiceCreditClaim core, Instant now) {
        this.status = core.status();
        this.blocking = core.status().blocksAnotherClaim() ? Boolean.TRUE : null;
        this.approvedCreditAmount = core.approvedCredit().map(Money::amount).orElse(null);
        this.exclusions.clear();
        core.exclusions().forEach(exclusion -> this.exclusions.add(new CitedExclusionValue(exclusion)));
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    ClaimStatus status() {
        return status;
    }

    long rowVersion() {
        return rowVersion;
    }

    Claim toRecord() {
        return new Claim(id, reference, organisationId, subscriptionId, incidentId, new ServiceLevelSlug(serviceLevel),
                status, description, downtimeStartedAt, downtimeMinutes, Optional.ofNullable(affectedResources),
                Optional.ofNullable(affectedUserCount), Optional.ofNullable(affectedUserLocations), resolutionAttempts,
                new UptimePercentage(uptimePercent), new CreditPercent(creditPercent), new Money(creditAmount), deadline,
                Optional.ofNullable(expectedDecisionDate), Optional.ofNullable(approvedCreditAmount).map(Money::new),
                exclusions.stream().map(CitedExclusionValue::toRecord).toList(), submittedById, submittedAt, updatedAt,
                rowVersion, Optional.ofNullable(slaDocument), Optional.ofNullable(slaVersion),
                Optional.ofNullable(billingMonth),
                availableMinutes == null || formulaDowntime == null ? Optional.empty()
                        : Optional.of(new UptimeMinutes(availableMinutes, formulaDowntime)),
                feeAmount == null || feeBasis == null ? Optional.empty()
                        : Optional.of(new ApplicableFee(new Money(feeAmount), feeBasis)));
    }
}
