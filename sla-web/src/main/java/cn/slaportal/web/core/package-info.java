/**
 * Wiring of sla-core into the application: the core's catalogues and rules become beans here, through
 * {@code @Bean} methods, so that sla-core itself stays free of Spring.
 */
package cn.slaportal.web.core;
