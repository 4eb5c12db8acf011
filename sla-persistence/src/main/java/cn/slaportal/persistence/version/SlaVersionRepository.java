package cn.slaportal.persistence.version;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SlaVersionRepository extends JpaRepository<SlaVersionEntity, Long> {

    List<SlaVersionEntity> findByDocumentSlugOrderByNumberAsc(String document);

    Optional<SlaVersionEntity> findByDocumentSlugAndNumber(String document, int number);

    /** Versions in force on or before {@code day}, the one in force first (latest effective date, then highest number). */
    List<SlaVersionEntity> findByDocumentSlugAndEffectiveDateLessThanEqualOrderByEffectiveDateDescNumberDesc(
            String document, LocalDate day);

    List<SlaVersionEntity> findByDocumentSlugAndEffectiveDateGreaterThanOrderByEffectiveDateAscNumberAsc(
            String document, LocalDate day);

    @Query("select coalesce(max(v.number), 0) from SlaVersionEntity v where v.document.slug = ?1")
    int maxNumber(String document);
}
