/**
 * Error pages of the HTML portal: {@code templates/error/page.html}, chosen by {@link cn.slaportal.web.error.ErrorPages}
 * for any status Boot's error controller renders, and {@link cn.slaportal.web.error.PageErrorAdvice}, the one place where page
 * controllers' domain outcomes ("no such document", "database unavailable") become statuses. The JSON API
 * has its own advice; this one never answers for a {@code @ResponseBody} handler.
 * {@link cn.slaportal.web.error.PortalErrorController} serves {@code /error} (the page, or the API error body for
 * {@code /api} addresses) and {@link cn.slaportal.web.error.PortalErrorReportValve} answers what Tomcat refuses before
 * the application, both with the security headers.
 */
package cn.slaportal.web.error;
