package cn.slaportal.web.account;

import java.io.Serial;
import java.util.Collection;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in principal: the Spring Security user plus the stored account's id and, for a customer, the id of
 * the organisation every account query is scoped by. Kept in the shared session, so it is serialisable.
 */
public final class PortalUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final Long organisationId;
    private final String displayName;

    PortalUser(long userId, Optional<Long> organisationId, String displayName, String email, String passwordHash,
               boolean enabled, boolean locked, Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, enabled, true, true, !locked, authorities);
        this.userId = userId;
        this.organisationId = organisationId.orElse(null);
        this.displayName = displayName;
    }

    public long userId() {
        return userId;
    }

    /** The customer's organisation; empty for an administrator, who belongs to none. */
    public Optional<Long> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return getUsername();
    }

    /**
     * The organisation of a signed-in customer, by which every account query is scoped.
     *
     * @throws AccessDeniedException for a principal without one (an administrator)
     */
    public long customerOrganisationId() {
        if (organisationId == null) {
            throw new AccessDeniedException("not a customer");
        }
        return organisationId;
    }
}
