package cn.slaportal.web.notice;

import cn.slaportal.persistence.notice.Notice;
import cn.slaportal.persistence.version.SlaVersionSummary;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** One notice as the customer reads it: the version it announces and when this user read it. */
public record NoticeView(long id, SlaVersionSummary version, Instant createdAt, Optional<Instant> readAt) {

    static NoticeView of(Notice notice, Optional<Instant> readAt) {
        return new NoticeView(notice.id(), notice.version(), notice.createdAt(), readAt);
    }

    public boolean unread() {
        return readAt.isEmpty();
    }

    public String title(Locale locale) {
        return version.title().in(locale);
    }

    public String summary(Locale locale) {
        return version.summary().in(locale);
    }

    /** The diff against the previous version; a first version has none. */
    public boolean hasDiff() {
        return version.number() > 1;
    }
}
