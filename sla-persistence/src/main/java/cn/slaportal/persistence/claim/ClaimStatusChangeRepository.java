package cn.slaportal.persistence.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimStatusChangeRepository extends JpaRepository<ClaimStatusChangeEntity, Long> {

    List<ClaimStatusChangeEntity> findByClaimIdOrderByChangedAtAscIdAsc(long claimId);
}
