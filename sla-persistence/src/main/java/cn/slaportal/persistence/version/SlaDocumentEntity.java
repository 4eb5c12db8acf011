package cn.slaportal.persistence.version;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "sla_document")
class SlaDocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, updatable = false, length = 64)
    private String slug;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SlaDocumentEntity() {
    }

    SlaDocumentEntity(String slug, Instant createdAt) {
        this.slug = slug;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }
}
