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

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update UserAccountEntity u set u.lastLoginAt = ?2,"
            + " u.rowVersion = u.rowVersion + 1 where lower(u.email) = lower(?1)")
    int recordSuccessfulLogin(String email, Instant at);
}
