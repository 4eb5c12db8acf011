package cn.slaportal.persistence.claim;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClaimReferenceCounterRepository extends JpaRepository<ClaimReferenceCounterEntity, Integer> {

    /**
     * The year's counter read under its row lock ({@code SELECT ... FOR UPDATE}): a concurrent caller waits until
     * this transaction ends and then reads the number it left, so no number is handed out twice.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ClaimReferenceCounterEntity c where c.year = ?1")
    Optional<ClaimReferenceCounterEntity> lockYear(int year);

    /**
     * Starts a year at number 1. A plain INSERT (never a merge): when another caller started the year at the same
     * moment, the primary key refuses this one and the caller retries.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "insert into claim_reference_counter (ref_year, last_number) values (?1, 1)", nativeQuery = true)
    int startYear(int year);
}
