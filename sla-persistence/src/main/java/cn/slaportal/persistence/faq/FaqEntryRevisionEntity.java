package cn.slaportal.persistence.faq;

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
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One state of an FAQ entry, written once. */
@Entity
@Immutable
@Table(name = "faq_entry_revision")
class FaqEntryRevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private FaqEntryEntity entry;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "title_en", nullable = false, updatable = false, length = 500)
    private String titleEn;

    @Column(name = "title_zh", nullable = false, updatable = false, length = 500)
    private String titleZh;

    @Column(name = "body_en", nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String bodyEn;

    @Column(name = "body_zh", nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String bodyZh;

    @Column(name = "updated_on", nullable = false, updatable = false)
    private LocalDate updatedOn;

    @Column(name = "edited_by", nullable = false, updatable = false)
    private String editedBy;

    @Column(name = "edited_at", nullable = false, updatable = false)
    private Instant editedAt;

    protected FaqEntryRevisionEntity() {
    }

    FaqEntryRevisionEntity(FaqEntryEntity entry, String editedBy, Instant editedAt) {
        this(entry, entry.revision(), entry.content(), editedBy, editedAt);
    }

    /** A saved state that is not (yet) the published one. */
    FaqEntryRevisionEntity(FaqEntryEntity entry, int revision, FaqContent content, String editedBy, Instant editedAt) {
        this.entry = entry;
        this.revision = revision;
        this.position = content.position();
        this.titleEn = content.title().en();
        this.titleZh = content.title().zhCn();
        this.bodyEn = content.body().en();
        this.bodyZh = content.body().zhCn();
        this.updatedOn = content.updatedOn();
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    FaqRevision toRecord() {
        return new FaqRevision(revision, new FaqContent(position, new LocalizedText(titleEn, titleZh),
                new LocalizedText(bodyEn, bodyZh), updatedOn), editedBy, editedAt);
    }
}
