package cn.slaportal.web.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core 4.14.1 (the npm release kept under {@code src/test/resources/axe-core/}, injected through
 * WebDriver, so the page's CSP is untouched) with the WCAG 2.0/2.1 A and AA rules, and fails on any violation of
 * impact "serious" or "critical", and on any violation at all of the landmark rules in {@link #LANDMARK_RULES}
 * (best practices axe rates "moderate": two search forms without their own labels are reported there), listing
 * rule, help text and the offending elements.
 */
final class AccessibilityCheck {

    static final String AXE_VERSION = "4.14.1";
    static final String AXE_RESOURCE = "axe-core/axe.min.js";
    static final List<String> LANDMARK_RULES = List.of("landmark-unique", "landmark-one-main",
            "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main");
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            const landmarks = arguments[0];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
               .then(wcag => axe.run(document, {runOnly: {type: 'rule', values: landmarks}, resultTypes: ['violations']})
                   .then(landmark => ({violations: wcag.violations.concat(
                       landmark.violations.map(v => Object.assign(v, {impact: 'serious'})))})))
               .then(result => done(result.violations.map(v => ({
                   id: v.id, impact: v.impact || '', help: v.help,
                   nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
               }))))
               .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));
            """;

    private static volatile String axeSource;

    private AccessibilityCheck() {
    }

    static void assertNoSeriousViolations(WebDriver driver) {
        List<Violation> violations = violations(driver).stream()
                .filter(violation -> FAILING_IMPACTS.contains(violation.impact())).toList();
        if (!violations.isEmpty()) {
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + violations.stream()
                    .map(Violation::describe).collect(Collectors.joining("\n")));
        }
    }

    @SuppressWarnings("unchecked")
    static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe());
        Object result = js.executeAsyncScript(RUN_AXE, LANDMARK_RULES);
        return ((List<Map<String, Object>>) result).stream()
                .map(raw -> new Violation((String) raw.get("id"), (String) raw.get("impact"), (String) raw.get("help"),
                        ((List<Object>) raw.get("nodes")).stream().map(String::valueOf).toList()))
                .toList();
    }

    private static String axe() {
        String source = axeSource;
        if (source == null) {
            try (InputStream in = AccessibilityCheck.class.getClassLoader().getResourceAsStream(AXE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE_RESOURCE + " is not on the test classpath");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                axeSource = source;
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + AXE_RESOURCE, e);
            }
        }
        return source;
    }

    record Violation(String id, String impact, String help, List<String> nodes) {

        String describe() {
            return "  [" + impact + "] " + id + ": " + help + "\n" + nodes.stream()
                    .map(node -> "      " + node).collect(Collectors.joining("\n"));
        }
    }
}
