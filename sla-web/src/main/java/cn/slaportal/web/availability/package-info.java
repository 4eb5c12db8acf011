/**
 * Probe logs on the web: {@link cn.slaportal.web.availability.ProbeLogService} streams a CSV log
 * ({@code timestamp,resource,outcome,latency_ms}) through sla-core's evaluator with constant memory, reporting
 * malformed lines by number; {@code POST /api/v1/availability} exposes it.
 */
package cn.slaportal.web.availability;
