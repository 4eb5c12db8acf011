package cn.slaportal.persistence.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and reads the audit log; there is no method that changes or removes an entry. {@link #record} joins
 * the caller's transaction, so an act and its audit row commit together.
 */
@Service
@Transactional(readOnly = true)
public class AuditStore {

    private static final int SUMMARY_LIMIT = 4000;

    private final AuditEventRepository events;
    private final EntityManager entityManager;

    AuditStore(AuditEventRepository events, EntityManager entityManager) {
        this.events = events;
        this.entityManager = entityManager;
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

    /** One page (0-based) of the entries matching the query, newest first. */
    public Page<AuditEvent> search(AuditQuery query, int page, int size) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEventEntity> select = builder.createQuery(AuditEventEntity.class);
        Root<AuditEventEntity> event = select.from(AuditEventEntity.class);
        select.where(matching(query, builder, event))
                .orderBy(builder.desc(event.get("occurredAt")), builder.desc(event.get("id")));
        List<AuditEvent> rows = entityManager.createQuery(select).setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(AuditEventEntity::toRecord).toList();

        CriteriaQuery<Long> count = builder.createQuery(Long.class);
        Root<AuditEventEntity> counted = count.from(AuditEventEntity.class);
        count.select(builder.count(counted)).where(matching(query, builder, counted));
        return new PageImpl<>(rows, PageRequest.of(page, size), entityManager.createQuery(count).getSingleResult());
    }

    /** The actions and target types that occur in the log, for filter choices. */
    public List<String> actions() {
        return events.actions();
    }

    public List<String> targetTypes() {
        return events.targetTypes();
    }

    /** The history of one object, oldest first. */
    public List<AuditEvent> eventsFor(String targetType, String targetId) {
        return events.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(targetType, targetId).stream()
                .map(AuditEventEntity::toRecord).toList();
    }

    private static Predicate[] matching(AuditQuery query, CriteriaBuilder builder, Root<AuditEventEntity> event) {
        List<Predicate> where = new ArrayList<>();
        query.actor().ifPresent(actor -> where.add(builder.equal(event.get("actor"), actor)));
        query.action().ifPresent(action -> where.add(builder.equal(event.get("action"), action)));
        query.targetType().ifPresent(type -> where.add(builder.equal(event.get("targetType"), type)));
        query.targetId().ifPresent(id -> where.add(builder.equal(event.get("targetId"), id)));
        query.from().ifPresent(from -> where.add(builder.greaterThanOrEqualTo(event.<Instant>get("occurredAt"), from)));
        query.until().ifPresent(until -> where.add(builder.lessThan(event.<Instant>get("occurredAt"), until)));
        return where.toArray(Predicate[]::new);
    }

    private static String clip(String summary) {
        return summary.length() <= SUMMARY_LIMIT ? summary : summary.substring(0, SUMMARY_LIMIT);
    }
}
