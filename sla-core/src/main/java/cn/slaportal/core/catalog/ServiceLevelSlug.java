package cn.slaportal.core.catalog;

import cn.slaportal.core.SlaRuleViolation;
import java.util.Objects;
import java.util.regex.Pattern;

/** The stable URL and API name of a service level: lowercase letters, digits and single hyphens. */
public record ServiceLevelSlug(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAXIMUM_LENGTH = 100;

    public ServiceLevelSlug {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAXIMUM_LENGTH || !FORM.matcher(value).matches()) {
            throw new SlaRuleViolation("catalog.error.invalid-slug");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
