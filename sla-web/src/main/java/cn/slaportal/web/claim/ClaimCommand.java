package cn.slaportal.web.claim;

import cn.slaportal.core.claim.ClaimStatement;
import cn.slaportal.core.uptime.UptimeInput;
import java.util.Objects;

/**
 * A customer's claim as a form or the demo loader gives it: who files it (organisation, user), for which
 * subscription, incident (recorded by the operator, or reported by the customer) and service level, the month's
 * figures in the level's uptime method, and the statement the governing version requires.
 */
public record ClaimCommand(long organisationId, long userId, String userEmail, long subscriptionId,
        IncidentRef incident, String serviceLevel, UptimeInput uptime, ClaimStatement statement) {

    public ClaimCommand {
        Objects.requireNonNull(userEmail, "userEmail");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(statement, "statement");
    }
}
