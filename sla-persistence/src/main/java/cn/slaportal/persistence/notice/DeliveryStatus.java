package cn.slaportal.persistence.notice;

/** PENDING until delivered (SENT) or given up after too many attempts (FAILED). */
public enum DeliveryStatus {
    PENDING, SENT, FAILED;

    /** Only a delivery given up may be put back in the queue by hand; a SENT one never goes out twice. */
    public boolean retriableByHand() {
        return this == FAILED;
    }
}
