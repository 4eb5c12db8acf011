package cn.slaportal.web.claim;

/**
 * Published inside the transaction that stores a new claim: a listener that writes an outbox row (the
 * acknowledgement e-mail) in the same transaction sees the claim and commits or rolls back with it.
 */
public record ClaimSubmittedEvent(String reference, long organisationId, long userId) {
}
