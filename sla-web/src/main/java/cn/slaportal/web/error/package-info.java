/**
 * Error pages of the HTML portal: {@code templates/error/page.html}, chosen by {@link cn.slaportal.web.error.ErrorPages}
 * for any status Boot's error controller renders, and {@link cn.slaportal.web.error.PageErrorAdvice}, the one place where page
 * controllers' domain outcomes ("no such document", "database unavailable") become statuses. The JSON API
 * has its own advice; this one never answers for a {@code @ResponseBody} handler.
 */
package cn.slaportal.web.error;
