package cn.slaportal.core.claim;

import cn.slaportal.core.SlaRuleViolation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A claim without information the governing version requires (SPEC 3.6). Code {@code claim.error.missing-information}:
 * {0} the missing items, by name; {@link #missing()} lists them for the form.
 */
public final class ClaimIncomplete extends SlaRuleViolation {

    public static final String CODE = "claim.error.missing-information";

    private final List<ClaimInformation> missing;

    public ClaimIncomplete(List<ClaimInformation> missing) {
        super(CODE, missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        this.missing = List.copyOf(missing);
    }

    public List<ClaimInformation> missing() {
        return missing;
    }
}
