package cn.slaportal.web.error;

import java.util.Arrays;

/**
 * Something asked for does not exist, or is not the asker's to see (another organisation's claim answers the same,
 * so its existence is not revealed). Answered 404 by both advices, with the localised text of {@code messageKey}.
 */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments), null, false, false);
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
