/**
 * Claims as the SLAs state them: the parameterised {@link cn.slaportal.core.claim.DeadlineRule} ("the end of the
 * N-th billing / calendar month after the incident's month") and the {@link cn.slaportal.core.claim.ClaimDeadline}
 * it yields (Asia/Shanghai, inclusive to 23:59:59), the expected decision date
 * ({@link cn.slaportal.core.claim.DecisionPeriod}), the {@link cn.slaportal.core.claim.ClaimInformation} a
 * customer must provide, and the claim lifecycle.
 */
package cn.slaportal.core.claim;
