/**
 * Incidents: the service levels they touched, start and end instants, a description in both languages,
 * whether they were scheduled maintenance (and when it was announced), and a tracking id.
 */
package cn.slaportal.persistence.incident;
