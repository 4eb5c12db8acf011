package cn.slaportal.persistence.version;

import cn.slaportal.core.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A published SLA version. Insert-only three times over: {@link Immutable} (Hibernate never issues an
 * UPDATE for it), every column {@code updatable = false} with no setter, and {@link PublishedVersionGuard}
 * refusing update and remove events.
 */
@Entity
@Immutable
@EntityListeners(PublishedVersionGuard.class)
@Table(name = "sla_version")
class SlaVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private SlaDocumentEntity document;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "title_en", nullable = false, updatable = false)
    private String titleEn;

    @Column(name = "title_zh", nullable = false, updatable = false)
    private String titleZh;

    @Column(name = "summary_en", nullable = false, updatable = false, columnDefinition = "text")
    private String summaryEn;

    @Column(name = "summary_zh", nullable = false, updatable = false, columnDefinition = "text")
    private String summaryZh;

    @Column(name = "body_en", nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String bodyEn;

    @Column(name = "body_zh", nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String bodyZh;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(name = "adverse", nullable = false, updatable = false)
    private boolean adverse;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, updatable = false, length = 16)
    private VersionOrigin origin;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    protected SlaVersionEntity() {
    }

    SlaVersionEntity(SlaDocumentEntity document, NewSlaVersion version, String contentHash) {
        this.document = document;
        this.number = version.number();
        this.titleEn = version.title().en();
        this.titleZh = version.title().zhCn();
        this.summaryEn = version.summary().en();
        this.summaryZh = version.summary().zhCn();
        this.bodyEn = version.body().en();
        this.bodyZh = version.body().zhCn();
        this.publishedAt = version.publishedAt();
        this.effectiveDate = version.effectiveFrom();
        this.adverse = version.adverse();
        this.publishedBy = version.publishedBy();
        this.origin = version.origin();
        this.contentHash = contentHash;
    }

    Long id() {
        return id;
    }

    SlaDocumentEntity document() {
        return document;
    }

    int number() {
        return number;
    }

    String contentHash() {
        return contentHash;
    }

    SlaVersionSummary toSummary() {
        return new SlaVersionSummary(document.slug(), number,
                new LocalizedText(titleEn, titleZh),
                new LocalizedText(summaryEn, summaryZh),
                publishedAt, effectiveDate, adverse, publishedBy, origin);
    }

    SlaVersionRecord toRecord() {
        return new SlaVersionRecord(toSummary(), new LocalizedText(bodyEn, bodyZh));
    }
}
