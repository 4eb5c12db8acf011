package cn.slaportal.web.claim;

import cn.slaportal.core.claim.ClaimTransition;

/**
 * Published inside the transaction that records a step of a claim (review, question, answer, decision,
 * withdrawal): a listener that writes an outbox row (the e-mail to the claimant) does so in the same transaction.
 */
public record ClaimStepEvent(String reference, long organisationId, long submittedByUserId, ClaimTransition transition) {
}
