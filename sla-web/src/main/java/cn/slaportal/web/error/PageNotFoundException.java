package cn.slaportal.web.error;

import java.util.Arrays;

/**
 * A page asked for something that does not exist (an unknown SLA document, version or FAQ category).
 * Answered with the localised 404 page; {@code messageKey} and {@code arguments} say precisely what was missing
 * (arguments are shown escaped).
 */
public class PageNotFoundException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public PageNotFoundException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
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
