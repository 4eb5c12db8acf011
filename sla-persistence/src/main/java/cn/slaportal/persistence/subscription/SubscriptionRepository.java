package cn.slaportal.persistence.subscription;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionRepository extends JpaRepository<SubscriptionEntity, Long> {

    List<SubscriptionEntity> findByOrganisationIdOrderByServiceLevelAscTermStartAsc(long organisationId);

    Optional<SubscriptionEntity> findByIdAndOrganisationId(long id, long organisationId);

    Optional<SubscriptionEntity> findByRenewsSubscriptionId(long renewsSubscriptionId);

    List<SubscriptionEntity> findAllByOrderByOrganisationIdAscServiceLevelAscTermStartAsc();

    @Query("select distinct s.organisationId from SubscriptionEntity s where s.serviceLevel in ?1 and s.termEnd >= ?2")
    List<Long> organisationsSubscribedTo(Collection<String> serviceLevels, LocalDate activeOnOrAfter);
}
