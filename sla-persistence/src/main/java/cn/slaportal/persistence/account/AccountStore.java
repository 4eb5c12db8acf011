package cn.slaportal.persistence.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and user accounts. Passwords arrive already encoded; this class never sees a clear password. */
@Service
@Transactional(readOnly = true)
public class AccountStore {

    private final OrganisationRepository organisations;
    private final UserAccountRepository users;

    AccountStore(OrganisationRepository organisations, UserAccountRepository users) {
        this.organisations = organisations;
        this.users = users;
    }

    @Transactional
    public Organisation createOrganisation(String name, Instant now) {
        return organisations.saveAndFlush(new OrganisationEntity(name, now)).toRecord();
    }

    public Optional<Organisation> organisation(long id) {
        return organisations.findById(id).map(OrganisationEntity::toRecord);
    }

    public Optional<Organisation> organisationNamed(String name) {
        return organisations.findByName(name).map(OrganisationEntity::toRecord);
    }

    public List<Organisation> organisations() {
        return organisations.findAllByOrderByNameAsc().stream().map(OrganisationEntity::toRecord).toList();
    }

    /** @throws org.springframework.dao.DataIntegrityViolationException when the e-mail is taken */
    @Transactional
    public UserAccount createUser(NewUserAccount account, Instant now) {
        return users.saveAndFlush(new UserAccountEntity(account, now)).toRecord();
    }

    /** Looks an account up by e-mail, ignoring case (the login name). */
    public Optional<UserAccount> userByEmail(String email) {
        return users.findByEmailIgnoreCase(email).map(UserAccountEntity::toRecord);
    }

    public Optional<UserAccount> user(long id) {
        return users.findById(id).map(UserAccountEntity::toRecord);
    }

    public List<UserAccount> users() {
        return users.findAllByOrderByEmailAsc().stream().map(UserAccountEntity::toRecord).toList();
    }

    public List<UserAccount> usersOf(long organisationId) {
        return users.findByOrganisationIdOrderByEmailAsc(organisationId).stream().map(UserAccountEntity::toRecord).toList();
    }

    /**
     * Notes the time of a successful sign-in. Failed sign-ins are counted elsewhere: per address and per account in
     * the database-shared {@code login_throttle} table (V2), not on the account.
     */
    @Transactional
    public void recordSuccessfulLogin(String email, Instant now) {
        users.recordSuccessfulLogin(email, now);
    }

    @Transactional
    public UserAccount changePassword(long userId, long expectedRowVersion, String passwordHash) {
        UserAccountEntity user = locked(userId, expectedRowVersion);
        user.changePassword(passwordHash);
        return users.saveAndFlush(user).toRecord();
    }

    @Transactional
    public UserAccount setEnabled(long userId, long expectedRowVersion, boolean enabled) {
        UserAccountEntity user = locked(userId, expectedRowVersion);
        user.setEnabled(enabled);
        return users.saveAndFlush(user).toRecord();
    }

    /** Locks or unlocks an account by an administrator's decision. */
    @Transactional
    public UserAccount setLocked(long userId, long expectedRowVersion, boolean locked) {
        UserAccountEntity user = locked(userId, expectedRowVersion);
        user.setLocked(locked);
        return users.saveAndFlush(user).toRecord();
    }

    @Transactional
    public void setPreferredLanguage(long userId, String languageTag) {
        users.findById(userId).ifPresent(user -> user.preferLanguage(languageTag));
    }

    private UserAccountEntity locked(long userId, long expectedRowVersion) {
        UserAccountEntity user = users.findById(userId)
                .orElseThrow(() -> new IllegalArgumentException("no user " + userId));
        if (user.rowVersion() != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(UserAccountEntity.class, userId);
        }
        return user;
    }
}
