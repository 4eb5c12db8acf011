package cn.slaportal.web.admin;

import cn.slaportal.core.SlaTime;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.web.delivery.DeliveryLedger;
import cn.slaportal.web.draft.DraftService;
import cn.slaportal.web.delivery.LedgerRow;
import cn.slaportal.web.mail.MailDelivery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;

/** What the start page shows, read in one place. */
@Service
class AdminStartPage {

    /** The statuses in which a claim waits for the operator's decision. */
    static final EnumSet<ClaimStatus> AWAITING = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW,
            ClaimStatus.NEEDS_INFO);

    private final ClaimStore claims;
    private final DeliveryLedger deliveries;
    private final MailDelivery mail;
    private final DraftService drafts;
    private final Clock clock;

    AdminStartPage(ClaimStore claims, DeliveryLedger deliveries, MailDelivery mail, DraftService drafts, Clock clock) {
        this.claims = claims;
        this.drafts = drafts;
        this.deliveries = deliveries;
        this.mail = mail;
        this.clock = clock;
    }

    /** Claims awaiting a decision, the oldest submission first. */
    List<AwaitingClaim> awaitingDecision() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SlaTime.ZONE);
        return claims.withStatus(AWAITING).stream()
                .map(claim -> new AwaitingClaim(claim,
                        claim.expectedDecisionDate().map(date -> ChronoUnit.DAYS.between(today, date))))
                .toList();
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
