package cn.slaportal.web.error;

import java.util.Arrays;

/**
 * A write that collides with what is stored: the row changed since it was read (someone else decided the claim
 * first), or the same claim or version number was stored at the same moment. Answered 409 by both advices, with the
 * localised text of {@code messageKey}; nothing stored is overwritten.
 */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ConflictException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments), cause, false, false);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
