package cn.slaportal.web.mail;

import cn.slaportal.core.notice.DeliveryRetry;
import cn.slaportal.i18n.format.PortalFormats;
import cn.slaportal.i18n.locale.SupportedLanguage;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.notice.MailOutboxStore;
import cn.slaportal.persistence.notice.NoticeStore;
import cn.slaportal.persistence.notice.OutboxMail;
import cn.slaportal.persistence.notice.PendingEmail;
import cn.slaportal.persistence.version.SlaVersionSummary;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends what is due: the outbox's mails and the e-mail deliveries of SLA change notices, each through Spring Mail
 * as plain text plus HTML. A failed attempt is recorded with its error and retried by {@link DeliveryRetry#STANDARD}
 * (FAILED after the last attempt). Without a mail sender ({@code spring.mail.host} unset and not the demo profile)
 * nothing is sent and every delivery stays PENDING. Called by {@link MailDeliveryJob}, which makes sure one
 * instance at a time runs it.
 */
@Service
public class MailDelivery {

    static final String NOTICE_TEMPLATE = "notice";
    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final MailOutboxStore outbox;
    private final NoticeStore notices;
    private final AccountStore accounts;
    private final MailComposer composer;
    private final Clock clock;
    private final String from;
    private final String portalUrl;
    private final int batchSize;
    private final DeliveryRetry retry = DeliveryRetry.STANDARD;

    MailDelivery(ObjectProvider<JavaMailSender> senders, MailOutboxStore outbox, NoticeStore notices,
                 AccountStore accounts, MailComposer composer, Clock clock,
                 @Value("${sla.mail.from:SLA Portal <no-reply@slaportal.cn>}") String from,
                 @Value("${sla.public-base-url:http://localhost:8080}") String portalUrl,
                 @Value("${sla.mail.batch-size:50}") int batchSize) {
        this.senders = senders;
        this.outbox = outbox;
        this.notices = notices;
        this.accounts = accounts;
        this.composer = composer;
        this.clock = clock;
        this.from = from;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        this.batchSize = batchSize;
    }

    /** Whether mail is configured at all; without it deliveries wait. */
    public boolean configured() {
        return senders.getIfAvailable() != null;
    }

    /** Sends every delivery due now (up to the batch size of each kind) and records the outcome of each attempt. */
    public DeliveryRound deliverDue() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return DeliveryRound.NOTHING;
        }
        Instant now = clock.instant();
        DeliveryRound round = DeliveryRound.NOTHING;
        for (OutboxMail mail : outbox.due(now, batchSize)) {
            round = round.plus(deliverOutboxMail(sender, mail));
        }
        for (PendingEmail email : notices.dueEmails(now, batchSize)) {
            round = round.plus(deliverNotice(sender, email));
        }
        if (round.sent() + round.failed() > 0) {
            LOG.info("Mail delivery: {} sent, {} failed attempts", round.sent(), round.failed());
        }
        return round;
    }

    private DeliveryRound deliverOutboxMail(JavaMailSender sender, OutboxMail mail) {
        try {
            send(sender, mail.recipient(), new ComposedMail(mail.subject(), mail.text(), mail.html()));
        } catch (MailException | MessagingException e) {
            Instant failedAt = clock.instant();
            outbox.markFailed(mail.id(), describe(e), failedAt, retry.nextAttempt(mail.attempts() + 1, failedAt));
            return new DeliveryRound(0, 1);
        }
        outbox.markSent(mail.id(), clock.instant());
        return new DeliveryRound(1, 0);
    }

    private DeliveryRound deliverNotice(JavaMailSender sender, PendingEmail email) {
        long deliveryId = email.delivery().id();
        try {
            send(sender, email.delivery().recipient(), noticeMail(email));
        } catch (MailException | MessagingException e) {
            Instant failedAt = clock.instant();
            notices.markFailed(deliveryId, describe(e), failedAt, retry.nextAttempt(email.delivery().attempts() + 1, failedAt));
            return new DeliveryRound(0, 1);
        }
        notices.markSent(deliveryId, clock.instant());
        return new DeliveryRound(1, 0);
    }

    private ComposedMail noticeMail(PendingEmail email) {
        Optional<UserAccount> recipient = accounts.userByEmail(email.delivery().recipient());
        SupportedLanguage language = recipient.map(RecipientLanguage::of).orElse(SupportedLanguage.DEFAULT);
        PortalFormats formats = PortalFormats.of(language);
        SlaVersionSummary version = email.notice().version();
        String title = version.title().in(language.locale());
        String versionUrl = portalUrl + "/sla/" + version.document() + "/versions/" + version.number() + "?lang=" + language.tag();
        String diffUrl = version.number() > 1 ? portalUrl + "/sla/" + version.document() + "/diff?from=" + (version.number() - 1)
                + "&to=" + version.number() + "&lang=" + language.tag() : null;
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", recipient.map(UserAccount::displayName).orElse(email.delivery().recipient()));
        variables.put("title", title);
        variables.put("number", version.number());
        variables.put("effective", formats.date(version.effectiveFrom()));
        variables.put("adverse", version.adverse());
        variables.put("summary", version.summary().in(language.locale()));
        variables.put("versionUrl", versionUrl);
        variables.put("diffUrl", diffUrl);
        variables.put("noticesUrl", portalUrl + "/account/notices?lang=" + language.tag());
        return composer.compose(NOTICE_TEMPLATE, language, variables, title, version.number(), formats.date(version.effectiveFrom()));
    }

    private void send(JavaMailSender sender, String recipient, ComposedMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(from);
        helper.setTo(recipient);
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        sender.send(message);
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
