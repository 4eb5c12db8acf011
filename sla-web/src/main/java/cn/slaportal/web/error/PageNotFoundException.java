package cn.slaportal.web.error;

/**
 * A page asked for something that does not exist (an unknown SLA document, version or FAQ category).
 * Answered with the localised 404 page; {@code messageKey} and {@code arguments} say precisely what was missing
 * (arguments are shown escaped).
 */
public class PageNotFoundException extends NotFoundException {

    public PageNotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
