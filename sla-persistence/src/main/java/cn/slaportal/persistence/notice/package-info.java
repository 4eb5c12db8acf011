/**
 * SLA change notices (one per published version and customer organisation) and their deliveries: the
 * portal channel and one e-mail per recipient, each with status, attempts and last error, so that a
 * notice is never silently lost while the mail server is down. {@link cn.slaportal.persistence.notice.NoticeStore}
 * is the public entry point.
 */
package cn.slaportal.persistence.notice;
