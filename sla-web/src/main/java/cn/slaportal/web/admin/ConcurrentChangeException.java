package cn.slaportal.web.admin;

import cn.slaportal.web.error.ConflictException;

/**
 * Someone else changed the object between the administrator reading it and acting on it: nothing was written.
 * A {@link ConflictException} that also knows the page to reload: the administration's 409 page names the object
 * and links back to it.
 */
public class ConcurrentChangeException extends ConflictException {

    private final String backTo;

    /**
     * @param messageKey what was changed ({@code admin.conflict.incident}), with {@code arguments}
     * @param backTo     the page to reload
     */
    public ConcurrentChangeException(String messageKey, String backTo, Object... arguments) {
        super(messageKey, null, arguments);
        this.backTo = backTo;
    }

    public String backTo() {
        return backTo;
    }
}
