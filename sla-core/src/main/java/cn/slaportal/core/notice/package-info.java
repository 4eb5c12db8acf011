/**
 * Delivering notices and e-mails: when a failed delivery is tried again ({@link cn.slaportal.core.notice.DeliveryRetry})
 * and when it is given up.
 */
package cn.slaportal.core.notice;
