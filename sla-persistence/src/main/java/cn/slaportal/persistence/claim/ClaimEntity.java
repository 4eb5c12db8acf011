package cn.slaportal.persistence.claim;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.credit.CreditPercent;
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

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ClaimEntity() {
    }

    ClaimEntity(String reference, long organisationId, NewClaim claim, Instant submittedAt) {
        this.reference = reference;
        this.organisationId = organisationId;
        this.subscriptionId = claim.subscriptionId();
        this.incidentId = claim.incidentId();
        this.serviceLevel = claim.serviceLevel().value();
        this.status = ClaimStatus.SUBMITTED;
        this.description = claim.description();
        this.downtimeStartedAt = claim.downtimeStartedAt();
        this.downtimeMinutes = claim.downtimeMinutes();
        this.affectedResources = claim.affectedResources().orElse(null);
        this.affectedUserCount = claim.affectedUserCount().orElse(null);
        this.affectedUserLocations = claim.affectedUserLocations().orElse(null);
        this.resolutionAttempts = claim.resolutionAttempts();
        this.uptimePercent = claim.uptime().value();
        this.creditPercent = claim.creditPercent().value();
        this.creditAmount = claim.creditAmount().amount();
        this.currency = Money.CURRENCY;
        this.deadline = claim.deadline();
        this.expectedDecisionDate = claim.expectedDecisionDate().orElse(null);
        this.submittedById = claim.submittedByUserId();
        this.submittedAt = submittedAt;
        this.updatedAt = submittedAt;
        this.blocking = ClaimStatus.SUBMITTED.blocksAnotherClaim() ? Boolean.TRUE : null;
    }

    void moveTo(ClaimTransition transition, Instant now) {
        this.status = transition.to();
        this.blocking = transition.to().blocksAnotherClaim() ? Boolean.TRUE : null;
        transition.approvedCredit().ifPresent(credit -> this.approvedCreditAmount = credit.amount());
        if (!transition.exclusions().isEmpty()) {
            this.exclusions.clear();
            transition.exclusions().forEach(exclusion -> this.exclusions.add(new CitedExclusionValue(exclusion)));
        }
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
                rowVersion);
    }
}
