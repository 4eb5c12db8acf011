/**
 * The catalogue as data: each version of an SLA document ({@link cn.slaportal.core.catalog.SlaDocument}) carries
 * a {@link cn.slaportal.core.catalog.RuleSet} of service levels ({@link cn.slaportal.core.catalog.ServiceLevel}:
 * slug, names in both languages, uptime method, credit schedule, deadline rule, decision period, credit frequency
 * rule), required claim information and exclusions. {@link cn.slaportal.core.catalog.RuleSetFormat} reads and
 * writes the text form kept in content files and the database; validation happens while reading, in the value
 * types. {@link cn.slaportal.core.catalog.ServiceLevelCatalog} looks levels up by slug.
 */
package cn.slaportal.core.catalog;
