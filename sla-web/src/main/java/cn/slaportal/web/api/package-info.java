/**
 * What every JSON API controller shares and nothing else: the {@link cn.slaportal.web.api.JsonApi} marker, the
 * one place that turns refusals into {@code {"error":{"code","message"}}} in the language of
 * {@code Accept-Language} ({@code ApiErrorAdvice}), the JSON 404 for unknown {@code /api/} paths, and lenient,
 * precise readers for JSON request fields ({@link cn.slaportal.web.api.JsonFields}).
 * The endpoints themselves live in their feature packages (catalog, credit, claim, availability).
 */
package cn.slaportal.web.api;
