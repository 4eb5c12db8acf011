package cn.slaportal.persistence.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEventEntity, Long> {

    Page<AuditEventEntity> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

    List<AuditEventEntity> findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(String targetType, String targetId);
}
