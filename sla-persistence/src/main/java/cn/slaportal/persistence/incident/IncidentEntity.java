package cn.slaportal.persistence.incident;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "incident")
class IncidentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_id", nullable = false, updatable = false, length = 64)
    private String trackingId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_service_level", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "service_level", nullable = false, length = 100)
    private Set<String> serviceLevels = new HashSet<>();

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    @Column(name = "description_en", nullable = false, columnDefinition = "text")
    private String descriptionEn;

    @Column(name = "description_zh", nullable = false, columnDefinition = "text")
    private String descriptionZh;

    @Column(name = "scheduled", nullable = false)
    private boolean scheduled;

    @Column(name = "notice_at")
    private Instant noticeAt;

    @Column(name = "reported_by_customer", nullable = false, updatable = false)
    private boolean reportedByCustomer;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected IncidentEntity() {
    }

    IncidentEntity(NewIncident incident, Instant createdAt) {
        this.trackingId = incident.trackingId();
        this.createdBy = incident.createdBy();
        this.createdAt = createdAt;
        this.reportedByCustomer = incident.reportedByCustomer();
        apply(incident);
    }

    void apply(NewIncident incident) {
        this.serviceLevels.clear();
        incident.serviceLevels().forEach(level -> this.serviceLevels.add(level.value()));
        this.startedAt = incident.startedAt();
        this.endedAt = incident.endedAt();
        this.descriptionEn = incident.description().en();
        this.descriptionZh = incident.description().zhCn();
        this.scheduled = incident.scheduled();
        this.noticeAt = incident.noticeAt().orElse(null);
    }

    long rowVersion() {
        return rowVersion;
    }

    Incident toRecord() {
        return new Incident(id, trackingId,
                serviceLevels.stream().map(ServiceLevelSlug::new).collect(Collectors.toUnmodifiableSet()),
                startedAt, endedAt, new LocalizedText(descriptionEn, descriptionZh), scheduled,
                Optional.ofNullable(noticeAt), createdBy, createdAt, rowVersion, reportedByCustomer);
    }
}
