package cn.slaportal.web.account;

/** A profile change refused: the field it concerns and the message key that says why. */
final class ProfileRefusal extends RuntimeException {

    private final String field;
    private final String messageKey;

    ProfileRefusal(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
