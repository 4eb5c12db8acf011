/**
 * The delivery ledger for administrators: every SLA change notice delivery (per notice, recipient and channel) and
 * every outbox e-mail with status, attempts, last error and next attempt; a FAILED one can be put back in the queue
 * by hand (never a SENT one), audited.
 */
package cn.slaportal.web.delivery;
