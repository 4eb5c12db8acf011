package cn.slaportal.persistence.notice;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

interface MailOutboxRepository extends DeliveryRowRepository<MailOutboxEntity> {

    @Query("select m from MailOutboxEntity m where m.state.status = cn.slaportal.persistence.notice.DeliveryStatus.PENDING"
            + " and m.state.nextAttemptAt <= ?1 order by m.state.nextAttemptAt asc, m.id asc")
    List<MailOutboxEntity> due(Instant now, Pageable limit);

    List<MailOutboxEntity> findByTopicAndTopicRefOrderByIdAsc(String topic, String topicRef);
}
