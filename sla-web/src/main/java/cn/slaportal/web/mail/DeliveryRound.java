package cn.slaportal.web.mail;

/** What one run of the delivery job did: mails sent, attempts that failed (to be retried or given up). */
public record DeliveryRound(int sent, int failed) {

    static final DeliveryRound NOTHING = new DeliveryRound(0, 0);

    DeliveryRound plus(DeliveryRound other) {
        return new DeliveryRound(sent + other.sent, failed + other.failed);
    }
}
