package cn.slaportal.persistence.claim;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClaimReferenceCounterRepository extends JpaRepository<ClaimReferenceCounterEntity, Integer> {

    /** Takes the row lock and increments; 0 when the year has no row yet. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ClaimReferenceCounterEntity c set c.lastNumber = c.lastNumber + 1 where c.year = ?1")
    int increment(int year);

    @Query("select c.lastNumber from ClaimReferenceCounterEntity c where c.year = ?1")
    long lastNumber(int year);
}
