package cn.slaportal.persistence.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** That one user has read one notice, and when. */
@Entity
@Immutable
@Table(name = "notice_read")
class NoticeReadEntity {

    @EmbeddedId
    private Key key;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    protected NoticeReadEntity() {
    }

    NoticeReadEntity(long noticeId, long userId, Instant readAt) {
        this.key = new Key(noticeId, userId);
        this.readAt = readAt;
    }

    long noticeId() {
        return key.noticeId();
    }

    Instant readAt() {
        return readAt;
    }

    @Embeddable
    record Key(@Column(name = "notice_id") long noticeId, @Column(name = "user_id") long userId) implements Serializable {
    }
}
