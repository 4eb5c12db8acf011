package cn.slaportal.persistence.notice;

/** PENDING until delivered (SENT) or given up after too many attempts (FAILED). */
public enum DeliveryStatus {
    PENDING, SENT, FAILED
}
