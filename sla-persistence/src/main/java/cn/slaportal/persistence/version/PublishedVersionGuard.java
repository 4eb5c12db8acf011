package cn.slaportal.persistence.version;

import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/** Entity listener that refuses every update and delete of a published version, whatever the code path. */
class PublishedVersionGuard {

    @PreUpdate
    @PreRemove
    void refuse(SlaVersionEntity version) {
        throw new PublishedVersionModificationException(version.document().slug(), version.number());
    }
}
