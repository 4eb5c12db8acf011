/**
 * SLA Exclusions: the circumstances each document excludes from its Service Levels (9 in the Azure general
 * terms, 10 in the Dynamics 365 SLA), each with a stable code an administrator cites when rejecting a Claim
 * or removing minutes from its Downtime.
 */
package cn.slaportal.core.exclusion;
