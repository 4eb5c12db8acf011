package cn.slaportal.persistence.faq;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FaqEntryRepository extends JpaRepository<FaqEntryEntity, Long> {

    List<FaqEntryEntity> findByCategorySlugOrderByPositionAscSlugAsc(String category);

    Optional<FaqEntryEntity> findByCategorySlugAndSlug(String category, String slug);

    @Query("select e.category.slug, count(e) from FaqEntryEntity e group by e.category.slug")
    List<Object[]> countByCategory();
}
