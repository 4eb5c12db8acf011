/**
 * The service-level catalogue on the web: {@code GET /api/v1/service-levels} (slug, document, names in both
 * languages, uptime method, credit tiers, deadline rule).
 */
package cn.slaportal.web.catalog;
