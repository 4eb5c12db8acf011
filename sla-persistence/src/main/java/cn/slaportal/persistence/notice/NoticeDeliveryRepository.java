package cn.slaportal.persistence.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeDeliveryRepository extends JpaRepository<NoticeDeliveryEntity, Long> {

    @Query("select d from NoticeDeliveryEntity d where d.status = cn.slaportal.persistence.notice.DeliveryStatus.PENDING"
            + " and d.channel = ?1 and d.nextAttemptAt <= ?2 order by d.nextAttemptAt asc, d.id asc")
    List<NoticeDeliveryEntity> due(DeliveryChannel channel, Instant now, Pageable limit);

    List<NoticeDeliveryEntity> findByNoticeIdOrderByIdAsc(long noticeId);

    List<NoticeDeliveryEntity> findByNoticeIdInOrderByIdAsc(Collection<Long> noticeIds);

    List<NoticeDeliveryEntity> findByStatusOrderByIdAsc(DeliveryStatus status);

    List<NoticeDeliveryEntity> findAllByOrderByIdDesc(Pageable limit);

    List<NoticeDeliveryEntity> findByStatusOrderByIdDesc(DeliveryStatus status, Pageable limit);
}
