package cn.slaportal.web.admin;

import cn.slaportal.web.claim.AdminClaims;
import cn.slaportal.web.delivery.DeliveryLedger;
import cn.slaportal.web.draft.DraftService;
import cn.slaportal.web.delivery.LedgerRow;
import cn.slaportal.web.mail.MailDelivery;
import java.util.List;
import org.springframework.stereotype.Service;

/** What the start page shows, read in one place. */
@Service
class AdminStartPage {

    private final AdminClaims claims;
    private final DeliveryLedger deliveries;
    private final MailDelivery mail;
    private final DraftService drafts;

    AdminStartPage(AdminClaims claims, DeliveryLedger deliveries, MailDelivery mail, DraftService drafts) {
        this.claims = claims;
        this.drafts = drafts;
        this.deliveries = deliveries;
        this.mail = mail;
    }

    /** Claims awaiting a decision, the oldest submission first, with the days left before each decision date. */
    List<AdminClaims.QueueRow> awaitingDecision() {
        return claims.awaiting();
    }

    /** Drafts their authors submitted, waiting for another administrator, the longest waiting first. */
    List<DraftService.Reviewed> draftsAwaitingReview() {
        return drafts.awaitingReview();
    }

    /** Notice deliveries and e-mails given up after their last attempt. */
    List<LedgerRow> failedDeliveries() {
        return deliveries.failed();
    }

    /** Whether e-mail can be sent at all; without it every delivery stays PENDING. */
    boolean mailConfigured() {
        return mail.configured();
    }
}
