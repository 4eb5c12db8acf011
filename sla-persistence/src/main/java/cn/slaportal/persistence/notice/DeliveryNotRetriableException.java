package cn.slaportal.persistence.notice;

/** An administrator asked to retry a delivery that is not FAILED: nothing changed. */
public class DeliveryNotRetriableException extends RuntimeException {

    private final transient DeliveryStatus status;

    public DeliveryNotRetriableException(long id, DeliveryStatus status) {
        super("delivery " + id + " is " + status + ", only a FAILED one can be retried");
        this.status = status;
    }

    public DeliveryStatus status() {
        return status;
    }
}
