package cn.slaportal.persistence.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccountEntity, Long> {

    Optional<UserAccountEntity> findByEmailIgnoreCase(String email);

    List<UserAccountEntity> findByOrganisationIdOrderByEmailAsc(Long organisationId);

    List<UserAccountEntity> findAllByOrderByEmailAsc();

    /** Counted in the database, so parallel guesses cannot lose increments. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update UserAccountEntity u set u.failedLoginCount = u.failedLoginCount + 1, u.rowVersion = u.rowVersion + 1"
            + " where lower(u.email) = lower(?1)")
    int incrementFailedLogins(String email);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update UserAccountEntity u set u.lockedUntil = ?2, u.rowVersion = u.rowVersion + 1"
            + " where lower(u.email) = lower(?1) and u.failedLoginCount >= ?3")
    int lockUntilIfAtLeast(String email, Instant until, int failedLogins);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update UserAccountEntity u set u.failedLoginCount = 0, u.lockedUntil = null, u.lastLoginAt = ?2,"
            + " u.rowVersion = u.rowVersion + 1 where lower(u.email) = lower(?1)")
    int recordSuccessfulLogin(String email, Instant at);
}
