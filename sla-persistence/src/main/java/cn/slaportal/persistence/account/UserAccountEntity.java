package cn.slaportal.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "user_account")
class UserAccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "locked", nullable = false)
    private boolean locked;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "preferred_language", length = 8)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected UserAccountEntity() {
    }

    UserAccountEntity(NewUserAccount account, Instant createdAt) {
        this.email = account.email();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.role = account.role();
        this.organisationId = account.organisationId().orElse(null);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setLocked(boolean locked) {
        this.locked = locked;
    }

    void preferLanguage(String languageTag) {
        this.preferredLanguage = languageTag;
    }

    long rowVersion() {
        return rowVersion;
    }

    UserAccount toRecord() {
        return new UserAccount(id, email, displayName, passwordHash, role, Optional.ofNullable(organisationId), enabled,
                locked, Optional.ofNullable(lastLoginAt),
                Optional.ofNullable(preferredLanguage), rowVersion);
    }
}
