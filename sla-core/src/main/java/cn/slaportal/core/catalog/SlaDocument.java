package cn.slaportal.core.catalog;

import cn.slaportal.core.SlaRuleViolation;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A published, versioned SLA document, named by its stable slug ({@code service-bus}, {@code dynamics-365}).
 * Which documents exist is data: each has versions, and each version a {@link RuleSet}.
 */
public record SlaDocument(String slug) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAXIMUM_LENGTH = 64;

    /** Refuses a malformed slug ({@code catalog.error.invalid-document}: {0} the slug). */
    public SlaDocument {
        Objects.requireNonNull(slug, "slug");
        if (slug.length() > MAXIMUM_LENGTH || !FORM.matcher(slug).matches()) {
            throw new SlaRuleViolation("catalog.error.invalid-document", slug);
        }
    }

    @Override
    public String toString() {
        return slug;
    }
}
