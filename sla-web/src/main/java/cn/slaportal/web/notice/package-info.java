/**
 * SLA change notices in the customer area: {@code /account/notices} lists the notices addressed to the signed-in
 * customer's organisation (read or unread by this user, effective date, adverse flag, link to the diff), and a
 * notice can be marked read. Every query is scoped by the principal's organisation.
 */
package cn.slaportal.web.notice;
