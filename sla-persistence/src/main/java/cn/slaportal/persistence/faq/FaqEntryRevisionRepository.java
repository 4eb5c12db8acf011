package cn.slaportal.persistence.faq;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface FaqEntryRevisionRepository extends JpaRepository<FaqEntryRevisionEntity, Long> {

    List<FaqEntryRevisionEntity> findByEntryOrderByRevisionDesc(FaqEntryEntity entry);

    Optional<FaqEntryRevisionEntity> findByEntryAndRevision(FaqEntryEntity entry, int revision);

    @Query("select coalesce(max(r.revision), 0) from FaqEntryRevisionEntity r where r.entry = ?1")
    int latestRevision(FaqEntryEntity entry);
}
