package cn.slaportal.core.catalog;

import cn.slaportal.core.SlaRuleViolation;

/**
 * A rule-set text that cannot be read or breaks a rule of {@link RuleSet}. Carries the code and arguments of the
 * underlying refusal and the line it was found on (0 when it concerns the whole text).
 */
public final class InvalidRuleSet extends SlaRuleViolation {

    private final int line;

    InvalidRuleSet(int line, SlaRuleViolation cause) {
        super(cause.code(), cause.arguments().toArray());
        this.line = line;
    }

    InvalidRuleSet(int line, String code, Object... arguments) {
        super(code, arguments);
        this.line = line;
    }

    /** The line of the text, from 1; 0 for a problem of the whole rule set. */
    public int line() {
        return line;
    }
}
