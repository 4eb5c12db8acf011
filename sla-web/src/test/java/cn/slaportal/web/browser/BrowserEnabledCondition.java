package cn.slaportal.web.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run only when {@code -Dsla.it.browser=true}; otherwise they are skipped before the application
 * starts. When enabled and Chromium is missing, {@link Browser#start()} fails the test (never a silent skip).
 */
final class BrowserEnabledCondition implements ExecutionCondition {

    static final String PROPERTY = "sla.it.browser";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Boolean.getBoolean(PROPERTY)
                ? ConditionEvaluationResult.enabled(PROPERTY + "=true")
                : ConditionEvaluationResult.disabled("browser tests need -D" + PROPERTY + "=true");
    }
}
