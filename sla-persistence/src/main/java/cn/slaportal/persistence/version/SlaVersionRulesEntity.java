package cn.slaportal.persistence.version;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** The rule-set text of a published version. Insert-only like {@link SlaVersionEntity}. */
@Entity
@Immutable
@EntityListeners(SlaVersionRulesEntity.Guard.class)
@Table(name = "sla_version_rules")
class SlaVersionRulesEntity {

    @Id
    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(name = "rules", nullable = false, updatable = false, columnDefinition = "mediumtext")
    private String rules;

    @Column(name = "rules_hash", nullable = false, updatable = false, length = 64)
    private String rulesHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SlaVersionRulesEntity() {
    }

    SlaVersionRulesEntity(long versionId, String rules, String rulesHash, Instant createdAt) {
        this.versionId = versionId;
        this.rules = rules;
        this.rulesHash = rulesHash;
        this.createdAt = createdAt;
    }

    Long versionId() {
        return versionId;
    }

    String rules() {
        return rules;
    }

    String rulesHash() {
        return rulesHash;
    }

    static class Guard {
        @PreUpdate
        @PreRemove
        void refuse(SlaVersionRulesEntity rules) {
            throw new PublishedVersionModificationException("version id " + rules.versionId, 0);
        }
    }
}
