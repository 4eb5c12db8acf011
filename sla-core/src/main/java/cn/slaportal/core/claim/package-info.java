/**
 * Claims as the SLAs state them: the {@link cn.slaportal.core.claim.DeadlineRule} of each document and the
 * {@link cn.slaportal.core.claim.ClaimDeadline} it yields (Asia/Shanghai, inclusive to 23:59:59), the
 * expected decision date of Dynamics claims ({@link cn.slaportal.core.claim.DecisionPeriod}) and the
 * {@link cn.slaportal.core.claim.ClaimInformation} a customer must provide.
 */
package cn.slaportal.core.claim;
