package cn.slaportal.persistence.version;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SlaVersionRepository extends JpaRepository<SlaVersionEntity, Long> {

    List<SlaVersionEntity> findByDocumentSlugOrderByNumberAsc(String document);

    Optional<SlaVersionEntity> findByDocumentSlugAndNumber(String document, int number);

    @Query("select coalesce(max(v.number), 0) from SlaVersionEntity v where v.document.slug = ?1")
    int maxNumber(String document);
}
