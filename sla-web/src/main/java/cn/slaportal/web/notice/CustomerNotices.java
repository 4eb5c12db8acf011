package cn.slaportal.web.notice;

import cn.slaportal.persistence.notice.NoticeStore;
import cn.slaportal.web.error.PageNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices of one organisation as one of its users sees them, and the one write: marking a notice read.
 * A notice of another organisation is not found (its existence is not revealed).
 */
@Service
public class CustomerNotices {

    private final NoticeStore notices;
    private final Clock clock;

    CustomerNotices(NoticeStore notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** The organisation's notices, the latest first, with this user's read marks. */
    @Transactional(readOnly = true)
    public List<NoticeView> noticesFor(long organisationId, long userId) {
        Map<Long, Instant> read = notices.readBy(userId);
        return notices.noticesOf(organisationId).stream()
                .map(notice -> NoticeView.of(notice, Optional.ofNullable(read.get(notice.id()))))
                .toList();
    }

    /** @throws PageNotFoundException when the organisation has no such notice */
    @Transactional
    public void markRead(long organisationId, long userId, long noticeId) {
        notices.markRead(organisationId, noticeId, userId, clock.instant())
                .orElseThrow(() -> new PageNotFoundException("notice.error.not-found", noticeId));
    }
}
