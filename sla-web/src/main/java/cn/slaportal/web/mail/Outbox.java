package cn.slaportal.web.mail;

import cn.slaportal.i18n.locale.SupportedLanguage;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.notice.MailOutboxStore;
import cn.slaportal.persistence.notice.NewOutboxMail;
import cn.slaportal.persistence.notice.OutboxMail;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an e-mail to a user in the outbox, written in the user's language. It joins the caller's transaction (an
 * application service's), so the mail is stored exactly when the act that causes it is; the delivery job sends it.
 */
@Service
public class Outbox {

    private final MailComposer composer;
    private final MailOutboxStore store;
    private final Clock clock;

    Outbox(MailComposer composer, MailOutboxStore store, Clock clock) {
        this.composer = composer;
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param topic            what kind of mail ({@code claim-acknowledgement}), also the template name
     * @param topicRef         what it is about (a claim reference); a topic and reference reach a recipient once
     * @param variables        the template's variables
     * @param subjectArguments the arguments of the subject key {@code mail.{topic}.subject}
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public OutboxMail send(String topic, String topicRef, UserAccount recipient, Map<String, Object> variables,
                           Object... subjectArguments) {
        SupportedLanguage language = RecipientLanguage.of(recipient);
        ComposedMail mail = composer.compose(topic, language, variables, subjectArguments);
        return store.enqueue(new NewOutboxMail(topic, topicRef, recipient.email(), language.tag(), mail.subject(),
                mail.text(), mail.html()), clock.instant());
    }
}
