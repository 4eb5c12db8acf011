package cn.slaportal.persistence.notice;

import java.util.Objects;

/**
 * An e-mail to put in the outbox, already composed in the recipient's language. {@code topic} and
 * {@code topicRef} say what caused it (e.g. {@code claim.acknowledgement} and the claim reference); one topic
 * and reference reach a recipient once.
 */
public record NewOutboxMail(String topic, String topicRef, String recipient, String language, String subject,
                            String text, String html) {

    public NewOutboxMail {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(topicRef, "topicRef");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
