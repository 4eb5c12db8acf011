package cn.slaportal.web.account;

import cn.slaportal.core.account.InvitationRule;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.Invitation;
import cn.slaportal.persistence.account.InvitationStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Organisation;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.web.audit.AuditLog;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.locale.LocalizedFormats;
import cn.slaportal.web.mail.Outbox;
import cn.slaportal.web.mail.RecipientLanguage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting a customer user: the account (which cannot sign in until a password is set), a one-time link that
 * expires ({@link InvitationRule#STANDARD}) and the e-mail carrying it through the outbox, all in one transaction,
 * audited. Accepting: the link's owner sets a password (same length rule as a password change) and the link is used
 * up. Only the SHA-256 of a link's token is stored.
 */
@Service
public class InvitationService {

    static final String MAIL_TOPIC = "invitation";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore accounts;
    private final InvitationStore invitations;
    private final Outbox outbox;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final LocalizedFormats formats;
    private final Clock clock;
    private final String portalUrl;
    private final InvitationRule rule = InvitationRule.STANDARD;

    InvitationService(AccountStore accounts, InvitationStore invitations, Outbox outbox, AuditLog audit,
                      PasswordEncoder passwords, LocalizedFormats formats, Clock clock,
                      @Value("${sla.portal.url:http://localhost:8080}") String portalUrl) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.outbox = outbox;
        this.audit = audit;
        this.passwords = passwords;
        this.formats = formats;
        this.clock = clock;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    /** What came of an act: done, or the refusals by field ({@code ""} for the link itself). */
    public record Outcome(boolean done, FieldErrors errors) {
    }

    @Transactional
    public Outcome invite(Organisation organisation, String typedEmail, String typedName, String admin) {
        FieldErrors errors = new FieldErrors();
        String email = typedEmail == null ? "" : typedEmail.strip().toLowerCase(Locale.ROOT);
        String name = typedName == null ? "" : typedName.strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.reject("email", "invitation.error.email");
        } else if (accounts.userByEmail(email).isPresent()) {
            errors.reject("email", "invitation.error.email-taken", email);
        }
        if (name.isEmpty() || name.length() > 200) {
            errors.reject("displayName", "invitation.error.name");
        }
        if (!errors.isEmpty()) {
            return new Outcome(false, errors);
        }
        Instant now = clock.instant();
        UserAccount user = accounts.createUser(new NewUserAccount(email, name,
                passwords.encode(UUID.randomUUID().toString() + UUID.randomUUID()), Role.CUSTOMER,
                Optional.of(organisation.id())), now);
        String token = newToken();
        Invitation invitation = invitations.issue(user.id(), hash(token), rule.expiresAt(now), admin, now);
        String link = portalUrl + "/invitation/" + token + "?lang=" + RecipientLanguage.of(user).tag();
        String expires = formats.forLocale(RecipientLanguage.of(user).locale()).dateTime(invitation.expiresAt());
        outbox.send(MAIL_TOPIC, "invitation-" + invitation.id(), user,
                Map.of("name", name, "organisation", organisation.name(), "link", link, "expires", expires),
                organisation.name());
        audit.record(admin, "user.invite", "user", email, Optional.empty(),
                Optional.of("organisation=" + organisation.id() + " expires=" + invitation.expiresAt()));
        return new Outcome(true, errors);
    }

    /** The invitation of a link and what it is now; empty for a link the portal never issued. */
    @Transactional(readOnly = true)
    public Optional<InvitationRule.State> state(String token) {
        return invitations.byTokenHash(hash(token))
                .map(invitation -> rule.state(invitation.expiresAt(), invitation.usedAt(), clock.instant()));
    }

    /** Sets the invited user's password through a usable link, and uses the link up. */
    @Transactional
    public Outcome accept(String token, String password, String confirmation) {
        FieldErrors errors = new FieldErrors();
        Optional<Invitation> found = invitations.byTokenHash(hash(token));
        Instant now = clock.instant();
        if (found.isEmpty() || rule.state(found.get().expiresAt(), found.get().usedAt(), now) != InvitationRule.State.USABLE) {
            errors.reject("", "invitation.error.unusable");
            return new Outcome(false, errors);
        }
        String proposed = password == null ? "" : password;
        if (proposed.length() < ProfileService.MINIMUM_PASSWORD_LENGTH
                || proposed.length() > ProfileService.MAXIMUM_PASSWORD_LENGTH) {
            errors.reject("password", "profile.error.password-length", ProfileService.MINIMUM_PASSWORD_LENGTH);
        } else if (!proposed.equals(confirmation)) {
            errors.reject("confirmation", "profile.error.password-confirmation");
        }
        if (!errors.isEmpty()) {
            return new Outcome(false, errors);
        }
        Invitation invitation = found.get();
        UserAccount user = accounts.user(invitation.userId()).orElseThrow();
        try {
            invitations.markUsed(invitation.id(), invitation.rowVersion(), now);
        } catch (ObjectOptimisticLockingFailureException usedMeanwhile) {
            errors.reject("", "invitation.error.unusable");
            return new Outcome(false, errors);
        }
        accounts.changePassword(user.id(), user.rowVersion(), passwords.encode(proposed));
        audit.record(user.email(), "user.accept-invitation", "user", user.email(), Optional.of("invited"),
                Optional.of("password set"));
        return new Outcome(true, errors);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", impossible);
        }
    }
}
