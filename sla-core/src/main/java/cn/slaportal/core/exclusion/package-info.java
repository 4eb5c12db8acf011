/**
 * SLA Exclusions: the circumstances a version excludes from its Service Levels (9 in the Azure general terms of
 * Service Bus v1, 10 in the Dynamics 365 SLA v1), each with a stable code an administrator cites when rejecting
 * a Claim or removing minutes from its Downtime. They come from the version's rule set, never from constants.
 */
package cn.slaportal.core.exclusion;
