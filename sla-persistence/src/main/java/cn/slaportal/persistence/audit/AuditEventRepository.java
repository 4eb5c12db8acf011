package cn.slaportal.persistence.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Insert and read only: a bare {@link Repository} declaring exactly the methods the store needs, so that no code path
 * can update or delete an entry (no inherited {@code delete*}; the entity is {@code @Immutable} as well).
 */
interface AuditEventRepository extends Repository<AuditEventEntity, Long> {

    AuditEventEntity save(AuditEventEntity event);

    long count();

    Page<AuditEventEntity> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

    List<AuditEventEntity> findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(String targetType, String targetId);

    @Query("select distinct e.action from AuditEventEntity e order by e.action")
    List<String> actions();

    @Query("select distinct e.targetType from AuditEventEntity e order by e.targetType")
    List<String> targetTypes();
}
