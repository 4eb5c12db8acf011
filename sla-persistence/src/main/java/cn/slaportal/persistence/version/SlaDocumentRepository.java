package cn.slaportal.persistence.version;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaDocumentRepository extends JpaRepository<SlaDocumentEntity, Long> {

    Optional<SlaDocumentEntity> findBySlug(String slug);

    List<SlaDocumentEntity> findAllByOrderBySlugAsc();
}
