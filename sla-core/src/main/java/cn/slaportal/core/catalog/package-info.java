/**
 * The catalogue: the two published SLA documents ({@link cn.slaportal.core.catalog.SlaDocument}) and their
 * eight service levels ({@link cn.slaportal.core.catalog.ServiceLevel}), each with its slug, names in both
 * languages, uptime method, credit schedule, deadline rule and credit frequency rule.
 * {@link cn.slaportal.core.catalog.ServiceLevelCatalog#standard()} is the catalogue of SPEC 3.1.
 */
package cn.slaportal.core.catalog;
