package cn.slaportal.persistence.glossary;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GlossaryTermRepository extends JpaRepository<GlossaryTermEntity, Long> {

    Optional<GlossaryTermEntity> findByTermEn(String termEn);

    List<GlossaryTermEntity> findAllByOrderByPositionAsc();
}
