package cn.slaportal.persistence.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads the audit log. {@link #record} joins the caller's transaction, so an act and its audit row commit together. */
@Service
@Transactional(readOnly = true)
public class AuditStore {

    private static final int SUMMARY_LIMIT = 4000;

    private final AuditEventRepository events;

    AuditStore(AuditEventRepository events) {
        this.events = events;
    }

    @Transactional
    public AuditEvent record(String actor, String action, String targetType, String targetId, Optional<String> before,
                             Optional<String> after, Instant now) {
        return events.save(new AuditEventEntity(now, actor, action, targetType, targetId,
                before.map(AuditStore::clip).orElse(null), after.map(AuditStore::clip).orElse(null))).toRecord();
    }

    /** One page (0-based) of the log, newest first. */
    public Page<AuditEvent> page(int page, int size) {
        return events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(page, size)).map(AuditEventEntity::toRecord);
    }

    /** The history of one object, oldest first. */
    public List<AuditEvent> eventsFor(String targetType, String targetId) {
        return events.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(targetType, targetId).stream()
                .map(AuditEventEntity::toRecord).toList();
    }

    private static String clip(String summary) {
        return summary.length() <= SUMMARY_LIMIT ? summary : summary.substring(0, SUMMARY_LIMIT);
    }
}
