package cn.slaportal.persistence.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<IncidentEntity, Long> {

    Optional<IncidentEntity> findByTrackingId(String trackingId);

    List<IncidentEntity> findByReportedByCustomerFalseOrderByStartedAtDesc();

    @Query("select distinct i from IncidentEntity i join i.serviceLevels level"
            + " where level = ?1 and i.startedAt >= ?2 and i.reportedByCustomer = false order by i.startedAt desc")
    List<IncidentEntity> affecting(String serviceLevel, Instant since);
}
