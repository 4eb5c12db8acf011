package cn.slaportal.persistence.faq;

import cn.slaportal.core.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "faq_category")
class FaqCategoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, updatable = false, length = 64)
    private String slug;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_zh", nullable = false)
    private String titleZh;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected FaqCategoryEntity() {
    }

    FaqCategoryEntity(String slug, int position, LocalizedText title) {
        this.slug = slug;
        update(position, title);
    }

    boolean sameAs(int position, LocalizedText title) {
        return this.position == position && titleEn.equals(title.en()) && titleZh.equals(title.zhCn());
    }

    void update(int position, LocalizedText title) {
        this.position = position;
        this.titleEn = title.en();
        this.titleZh = title.zhCn();
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    FaqCategory toRecord(long entryCount) {
        return new FaqCategory(slug, position, new LocalizedText(titleEn, titleZh), entryCount);
    }
}
