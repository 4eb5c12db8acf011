package cn.slaportal.web.admin;

/**
 * Someone else changed the object between the administrator reading it and acting on it: nothing was written.
 * Answered with the 409 page, which names the object and links back to it.
 *
 * @param messageKey what was changed ({@code admin.conflict.incident}), with {@code arguments}
 * @param backTo     the page to reload
 */
public class ConcurrentChangeException extends RuntimeException {

    private final String messageKey;
    private final String backTo;
    private final transient Object[] arguments;

    public ConcurrentChangeException(String messageKey, String backTo, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.backTo = backTo;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public String backTo() {
        return backTo;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
