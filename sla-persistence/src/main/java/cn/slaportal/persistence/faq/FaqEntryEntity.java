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
import jakarta.persistence.Version;
import java.time.LocalDate;

/** The current state of an FAQ entry; every state it has had is also a {@link FaqEntryRevisionEntity}. */
@Entity
@Table(name = "faq_entry")
class FaqEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private FaqCategoryEntity category;

    @Column(name = "slug", nullable = false, updatable = false, length = 128)
    private String slug;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title_en", nullable = false, length = 500)
    private String titleEn;

    @Column(name = "title_zh", nullable = false, length = 500)
    private String titleZh;

    @Column(name = "body_en", nullable = false, columnDefinition = "mediumtext")
    private String bodyEn;

    @Column(name = "body_zh", nullable = false, columnDefinition = "mediumtext")
    private String bodyZh;

    @Column(name = "updated_on", nullable = false)
    private LocalDate updatedOn;

    @Column(name = "revision", nullable = false)
    private int revision;

    /** Hash of the content file last imported; an administrator's edit leaves it, so an unchanged file never overwrites the edit. */
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected FaqEntryEntity() {
    }

    FaqEntryEntity(FaqCategoryEntity category, String slug, FaqContent content, String contentHash) {
        this.category = category;
        this.slug = slug;
        this.contentHash = contentHash;
        publish(content, 1);
    }

    /** Makes the content of revision {@code number} the published state of the entry. */
    void publish(FaqContent content, int number) {
        this.position = content.position();
        this.titleEn = content.title().en();
        this.titleZh = content.title().zhCn();
        this.bodyEn = content.body().en();
        this.bodyZh = content.body().zhCn();
        this.updatedOn = content.updatedOn();
        this.revision = number;
    }

    void importedFrom(String contentHash) {
        this.contentHash = contentHash;
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    int revision() {
        return revision;
    }

    long rowVersion() {
        return rowVersion;
    }

    String contentHash() {
        return contentHash;
    }

    FaqCategoryEntity category() {
        return category;
    }

    FaqContent content() {
        return new FaqContent(position, new LocalizedText(titleEn, titleZh), new LocalizedText(bodyEn, bodyZh), updatedOn);
    }

    FaqEntry toRecord() {
        return new FaqEntry(category.slug(), slug, content(), revision, rowVersion);
    }
}
