package cn.slaportal.core.catalog;

import cn.slaportal.core.SlaRuleViolation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A clause of an SLA text, as its headings and numbered items carry it: {@code 3}, {@code 3.2}, {@code 3.3.4}.
 * Its anchor on the page is {@code clause-3-3-4}.
 */
public record ClauseNumber(String value) {

    private static final Pattern FORM = Pattern.compile("[1-9][0-9]{0,2}(\\.[1-9][0-9]{0,2}){0,3}");

    /** Refuses anything but dot-separated positive numbers ({@code rules.error.clause}: {0} the text). */
    public ClauseNumber {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new SlaRuleViolation("rules.error.clause", value);
        }
    }

    /** The HTML anchor the portal gives this clause. */
    public String anchor() {
        return "clause-" + value.replace('.', '-');
    }

    @Override
    public String toString() {
        return value;
    }
}
