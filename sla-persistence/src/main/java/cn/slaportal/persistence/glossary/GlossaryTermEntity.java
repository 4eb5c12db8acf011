package cn.slaportal.persistence.glossary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "glossary_term")
class GlossaryTermEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term_en", nullable = false, updatable = false, length = 200)
    private String termEn;

    @Column(name = "term_zh", nullable = false, length = 200)
    private String termZh;

    @Column(name = "position", nullable = false)
    private int position;

    protected GlossaryTermEntity() {
    }

    GlossaryTermEntity(GlossaryTerm term) {
        this.termEn = term.en();
        update(term);
    }

    boolean sameAs(GlossaryTerm term) {
        return termZh.equals(term.zhCn()) && position == term.position();
    }

    void update(GlossaryTerm term) {
        this.termZh = term.zhCn();
        this.position = term.position();
    }

    GlossaryTerm toRecord() {
        return new GlossaryTerm(termEn, termZh, position);
    }
}
