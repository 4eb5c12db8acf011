package cn.slaportal.persistence.notice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<NoticeEntity, Long> {

    List<NoticeEntity> findByOrganisationIdOrderByCreatedAtDescIdDesc(long organisationId);

    Optional<NoticeEntity> findByIdAndOrganisationId(long id, long organisationId);

    Optional<NoticeEntity> findBySlaVersionIdAndOrganisationId(long slaVersionId, long organisationId);

    List<NoticeEntity> findBySlaVersionIdOrderByIdAsc(long slaVersionId);
}
