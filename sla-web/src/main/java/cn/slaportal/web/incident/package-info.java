/**
 * Incidents: the administrator records and corrects them ({@link cn.slaportal.web.incident.IncidentService}, audited),
 * and everyone reads their history at {@code /incidents}. The customer area's claimable incidents are read from
 * the same records.
 */
package cn.slaportal.web.incident;
