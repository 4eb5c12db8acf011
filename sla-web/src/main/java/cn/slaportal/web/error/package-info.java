/**
 * Error pages of the HTML portal: {@code templates/error/{400,403,404,500,503}.html} (rendered by Boot's error
 * controller for any status) and {@link cn.slaportal.web.error.PageErrorAdvice}, the one place where page
 * controllers' domain outcomes ("no such document", "database unavailable") become statuses. The JSON API
 * has its own advice; this one never answers for a {@code @ResponseBody} handler.
 */
package cn.slaportal.web.error;
