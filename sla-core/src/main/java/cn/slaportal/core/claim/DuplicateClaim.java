package cn.slaportal.core.claim;

import cn.slaportal.core.SlaRuleViolation;

/**
 * A second claim for the same incident and subscription while the first still stands (anything but withdrawn).
 * Code {@code claim.error.duplicate}: {0} the reference of the claim that stands. A conflict with existing data.
 */
public final class DuplicateClaim extends SlaRuleViolation {

    public static final String CODE = "claim.error.duplicate";

    private final String existingReference;

    public DuplicateClaim(String existingReference) {
        super(CODE, existingReference);
        this.existingReference = existingReference;
    }

    public String existingReference() {
        return existingReference;
    }
}
