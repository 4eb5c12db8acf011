package cn.slaportal.persistence.claim;

import cn.slaportal.core.claim.ClaimStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimRepository extends JpaRepository<ClaimEntity, Long> {

    Optional<ClaimEntity> findByReference(String reference);

    Optional<ClaimEntity> findByReferenceAndOrganisationId(String reference, long organisationId);

    List<ClaimEntity> findByOrganisationIdOrderBySubmittedAtDesc(long organisationId);

    List<ClaimEntity> findByOrganisationIdAndServiceLevelOrderBySubmittedAtDesc(long organisationId, String serviceLevel);

    List<ClaimEntity> findByStatusInOrderBySubmittedAtAsc(Collection<ClaimStatus> statuses);

    List<ClaimEntity> findAllByOrderBySubmittedAtDesc();

    List<ClaimEntity> findBySubscriptionIdAndIncidentIdOrderBySubmittedAtDescIdDesc(long subscriptionId, long incidentId);
}
