/**
 * The rules of the operator's Service Level Agreements, as pure functions of their inputs and with the
 * JDK only. This root package holds what every feature shares: {@link cn.slaportal.core.SlaRuleViolation}
 * (a broken rule, named by a stable message code) and {@link cn.slaportal.core.LocalizedText} (a text in
 * English and Simplified Chinese).
 */
package cn.slaportal.core;
