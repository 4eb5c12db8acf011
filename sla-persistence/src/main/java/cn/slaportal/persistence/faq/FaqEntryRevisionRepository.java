package cn.slaportal.persistence.faq;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FaqEntryRevisionRepository extends JpaRepository<FaqEntryRevisionEntity, Long> {

    List<FaqEntryRevisionEntity> findByEntryOrderByRevisionDesc(FaqEntryEntity entry);
}
