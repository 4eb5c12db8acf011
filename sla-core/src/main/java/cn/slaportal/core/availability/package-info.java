/**
 * Unavailable minutes from a Service Bus probe log (SPEC 3.3): an attempt fails on a 5xx Error Code, a
 * timeout, or a Success Code only after more than five minutes; 4xx answers are the caller's fault and
 * neither fail nor rescue a minute. The {@link cn.slaportal.core.availability.ProbeLogEvaluator} is fed one
 * attempt at a time and keeps a constant amount of state per resource; minutes are Asia/Shanghai minutes.
 */
package cn.slaportal.core.availability;
