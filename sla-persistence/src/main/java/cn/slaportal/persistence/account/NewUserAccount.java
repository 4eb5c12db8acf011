package cn.slaportal.persistence.account;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An account to create; {@code passwordHash} is already encoded (e.g. "{bcrypt}$2a$..."). The e-mail is
 * stored in lower case, so that uniqueness and login ignore case on every database.
 */
public record NewUserAccount(String email, String displayName, String passwordHash, Role role,
                             Optional<Long> organisationId) {

    public NewUserAccount {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisationId, "organisationId");
        email = email.trim().toLowerCase(Locale.ROOT);
        if (role == Role.CUSTOMER && organisationId.isEmpty()) {
            throw new IllegalArgumentException("a customer user belongs to an organisation");
        }
    }
}
