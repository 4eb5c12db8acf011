package cn.slaportal.persistence.version;

import cn.slaportal.core.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An unpublished revision of an SLA document, editable (optimistically locked) until it is published. */
@Entity
@Table(name = "sla_draft")
class SlaDraftEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private SlaDocumentEntity document;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_zh", nullable = false)
    private String titleZh;

    @Column(name = "summary_en", nullable = false, columnDefinition = "text")
    private String summaryEn;

    @Column(name = "summary_zh", nullable = false, columnDefinition = "text")
    private String summaryZh;

    @Column(name = "body_en", nullable = false, columnDefinition = "mediumtext")
    private String bodyEn;

    @Column(name = "body_zh", nullable = false, columnDefinition = "mediumtext")
    private String bodyZh;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "adverse", nullable = false)
    private boolean adverse;

    @Column(name = "rules", columnDefinition = "mediumtext")
    private String rules;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected SlaDraftEntity() {
    }

    SlaDraftEntity(SlaDocumentEntity document, SlaDraftContent content, String author, Instant now) {
        this.document = document;
        this.createdBy = author;
        this.createdAt = now;
        apply(content, author, now);
    }

    void apply(SlaDraftContent content, String editor, Instant now) {
        this.titleEn = content.title().en();
        this.titleZh = content.title().zhCn();
        this.summaryEn = content.summary().en();
        this.summaryZh = content.summary().zhCn();
        this.bodyEn = content.body().en();
        this.bodyZh = content.body().zhCn();
        this.effectiveDate = content.effectiveFrom();
        this.adverse = content.adverse();
        this.rules = content.rules().orElse(null);
        this.updatedBy = editor;
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    long rowVersion() {
        return rowVersion;
    }

    SlaDocumentEntity document() {
        return document;
    }

    SlaDraft toRecord() {
        return new SlaDraft(id, document.slug(), new SlaDraftContent(
                new LocalizedText(titleEn, titleZh),
                new LocalizedText(summaryEn, summaryZh),
                new LocalizedText(bodyEn, bodyZh), effectiveDate, adverse, Optional.ofNullable(rules)),
                createdBy, createdAt, updatedBy, updatedAt, rowVersion);
    }
}
