package cn.slaportal.web.audit;

import cn.slaportal.persistence.audit.AuditEvent;
import cn.slaportal.persistence.audit.AuditQuery;
import cn.slaportal.persistence.audit.AuditStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends audit entries for the application services: who did what to which object, with what it was before and
 * after, at the application clock's instant. {@link #record} joins the caller's transaction (an act and its entry
 * commit together, or neither). Reading is for the log page; nothing here changes or removes an entry.
 */
@Service
public class AuditLog {

    private final AuditStore store;
    private final Clock clock;

    AuditLog(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param action     what was done, {@code feature.verb} ({@code incident.record})
     * @param targetType the kind of object ({@code incident})
     * @param targetId   which one (its tracking id, reference or number)
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEvent record(String actor, String action, String targetType, String targetId, Optional<String> before,
                             Optional<String> after) {
        return store.record(actor, action, targetType, targetId, before, after, clock.instant());
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditQuery query, int page, int size) {
        return store.search(query, page, size);
    }

    @Transactional(readOnly = true)
    public List<String> actions() {
        return store.actions();
    }

    @Transactional(readOnly = true)
    public List<String> targetTypes() {
        return store.targetTypes();
    }
}
