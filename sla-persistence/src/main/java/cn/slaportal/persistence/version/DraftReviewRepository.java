package cn.slaportal.persistence.version;

import cn.slaportal.core.version.DraftReview;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftReviewRepository extends JpaRepository<DraftReviewEntity, Long> {

    List<DraftReviewEntity> findByStateOrderBySubmittedAtAsc(DraftReview.State state);
}
