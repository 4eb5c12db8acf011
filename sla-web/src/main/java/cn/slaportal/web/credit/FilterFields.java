package cn.slaportal.web.credit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reading the typed values of a list page's filter form (audit log, claims queue): trimmed and bounded text, an
 * optional day refused with a message key when it is no ISO date.
 */
public final class FilterFields {

    private FilterFields() {
    }

    /** The value stripped, at most {@code limit} characters; {@code ""} for none. */
    public static String clean(String value, int limit) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > limit ? stripped.substring(0, limit) : stripped;
    }

    /** An empty value as no value. */
    public static Optional<String> present(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** An optional ISO day; a value that is none is refused on {@code field} with {@code messageKey}. */
    public static Optional<LocalDate> day(String field, String value, String messageKey, FieldErrors errors) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            errors.reject(field, messageKey);
            return Optional.empty();
        }
    }
}
