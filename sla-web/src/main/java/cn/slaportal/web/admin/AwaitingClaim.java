package cn.slaportal.web.admin;

import cn.slaportal.persistence.claim.Claim;
import java.util.Optional;

/**
 * A claim awaiting a decision, with the days left before its decision date (negative once it has passed; empty
 * when the governing SLA sets no decision period).
 */
public record AwaitingClaim(Claim claim, Optional<Long> daysLeft) {

    public boolean overdue() {
        return daysLeft.filter(days -> days < 0).isPresent();
    }
}
