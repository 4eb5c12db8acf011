package cn.slaportal.persistence.faq;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FaqCategoryRepository extends JpaRepository<FaqCategoryEntity, Long> {

    Optional<FaqCategoryEntity> findBySlug(String slug);

    List<FaqCategoryEntity> findAllByOrderByPositionAscSlugAsc();
}
