package cn.slaportal.persistence.version;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SlaDraftRepository extends JpaRepository<SlaDraftEntity, Long> {

    List<SlaDraftEntity> findByDocumentSlugOrderByUpdatedAtDesc(String document);

    List<SlaDraftEntity> findAllByOrderByUpdatedAtDesc();
}
