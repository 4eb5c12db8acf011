package cn.slaportal.persistence.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

interface NoticeDeliveryRepository extends DeliveryRowRepository<NoticeDeliveryEntity> {

    @Query("select d from NoticeDeliveryEntity d where d.state.status = cn.slaportal.persistence.notice.DeliveryStatus.PENDING"
            + " and d.channel = ?1 and d.state.nextAttemptAt <= ?2 order by d.state.nextAttemptAt asc, d.id asc")
    List<NoticeDeliveryEntity> due(DeliveryChannel channel, Instant now, Pageable limit);

    List<NoticeDeliveryEntity> findByNoticeIdOrderByIdAsc(long noticeId);

    List<NoticeDeliveryEntity> findByNoticeIdInOrderByIdAsc(Collection<Long> noticeIds);
}
