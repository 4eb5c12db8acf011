package cn.slaportal.persistence.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invitations by the SHA-256 of their token; {@link #markUsed} succeeds once per invitation. */
@Service
@Transactional(readOnly = true)
public class InvitationStore {

    private final InvitationRepository invitations;

    InvitationStore(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    @Transactional
    public Invitation issue(long userId, String tokenHash, Instant expiresAt, String createdBy, Instant now) {
        return invitations.saveAndFlush(new InvitationEntity(userId, tokenHash, expiresAt, createdBy, now)).toRecord();
    }

    public Optional<Invitation> byTokenHash(String tokenHash) {
        return invitations.findByTokenHash(tokenHash).map(InvitationEntity::toRecord);
    }

    public List<Invitation> of(long userId) {
        return invitations.findByUserIdOrderByIdDesc(userId).stream().map(InvitationEntity::toRecord).toList();
    }

    /**
     * Records the link's one use, for the invitation as read at {@code expectedRowVersion}.
     *
     * @throws ObjectOptimisticLockingFailureException when it was used (or changed) in between
     */
    @Transactional
    public Invitation markUsed(long id, long expectedRowVersion, Instant now) {
        InvitationEntity invitation = invitations.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("no invitation " + id));
        if (invitation.rowVersion() != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(InvitationEntity.class, id);
        }
        invitation.used(now);
        return invitations.saveAndFlush(invitation).toRecord();
    }
}
