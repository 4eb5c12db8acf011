/**
 * E-mail (SPEC 11): the outbox that an act writes its e-mails into, in the same transaction, composed in the
 * recipient's language as plain text and HTML ({@link cn.slaportal.web.mail.Outbox}); the delivery job that sends
 * due outbox mails and SLA-notice e-mails through Spring Mail, retried with back-off and given up after the last
 * attempt, once across instances (ShedLock); and the demo profile's in-process SMTP server.
 */
package cn.slaportal.web.mail;
