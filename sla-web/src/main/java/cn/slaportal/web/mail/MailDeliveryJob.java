package cn.slaportal.web.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link MailDelivery#deliverDue()} every {@code sla.mail.delivery-interval} (20 s by default), on one instance
 * at a time: the ShedLock row {@code mail-delivery} in the shared database is the lock.
 */
@Component
class MailDeliveryJob {

    static final String LOCK = "mail-delivery";

    private final MailDelivery delivery;

    MailDeliveryJob(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(fixedDelayString = "${sla.mail.delivery-interval:PT20S}", initialDelayString = "${sla.mail.delivery-initial-delay:PT20S}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT2S")
    public void run() {
        delivery.deliverDue();
    }
}
