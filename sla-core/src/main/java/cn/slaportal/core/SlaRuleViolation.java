package cn.slaportal.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An input or an action that breaks an SLA rule. The {@link #code()} is a stable message key (for example
 * {@code uptime.error.downtime-exceeds-available}); the {@link #arguments()} fill its {0}, {1} placeholders.
 * The web layer turns the code into a localised message; the exception text is for logs only.
 */
public class SlaRuleViolation extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    public SlaRuleViolation(String code, Object... arguments) {
        super(code + Arrays.toString(arguments), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
