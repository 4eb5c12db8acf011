package cn.slaportal.persistence.notice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeReadRepository extends JpaRepository<NoticeReadEntity, NoticeReadEntity.Key> {

    List<NoticeReadEntity> findByKeyUserId(long userId);
}
