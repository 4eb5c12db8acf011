package cn.slaportal.persistence.notice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailOutboxRepository extends JpaRepository<MailOutboxEntity, Long> {

    @Query("select m from MailOutboxEntity m where m.status = cn.slaportal.persistence.notice.DeliveryStatus.PENDING"
            + " and m.nextAttemptAt <= ?1 order by m.nextAttemptAt asc, m.id asc")
    List<MailOutboxEntity> due(Instant now, Pageable limit);

    List<MailOutboxEntity> findByTopicAndTopicRefOrderByIdAsc(String topic, String topicRef);

    List<MailOutboxEntity> findByStatusOrderByIdAsc(DeliveryStatus status);

    List<MailOutboxEntity> findAllByOrderByIdDesc(Pageable limit);

    List<MailOutboxEntity> findByStatusOrderByIdDesc(DeliveryStatus status, Pageable limit);
}
