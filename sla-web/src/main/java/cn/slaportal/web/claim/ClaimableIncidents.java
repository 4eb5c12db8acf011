package cn.slaportal.web.claim;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.claim.ClaimDeadline;
import cn.slaportal.core.claim.ClaimIncomplete;
import cn.slaportal.core.claim.ClaimStatement;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.core.credit.CreditAssessment;
import cn.slaportal.core.uptime.ResourceMinutes;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.core.uptime.UptimeMethod;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.web.account.PortalUser;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.error.ConflictException;
import cn.slaportal.web.subscription.CustomerSubscriptions;
import cn.slaportal.web.subscription.TermView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The operator proposes, the customer confirms (SPEC 9): the incidents an organisation can claim now. An incident is
 * claimable for a subscription when the claim submission would accept it but for the customer's own statement: the
 * question is put to {@link ClaimSubmissionService#preview} with an empty statement, and only a refusal for missing
 * information ({@link ClaimIncomplete}, checked after level, term, deadline, duplicate and one-credit-per-month)
 * means "claimable". No rule of a claim is repeated here. The estimate assumes the whole deployment (all users, the
 * whole tenant) was unavailable for the incident's minutes; the customer corrects the figures on the form.
 */
@Service
public class ClaimableIncidents {

    /** How far back incidents are looked at: no deadline rule reaches further than this. */
    private static final int LOOK_BACK_DAYS = 800;

    private final ClaimSubmissionService submissions;
    private final CustomerSubscriptions subscriptions;
    private final IncidentStore incidents;
    private final PublishedRules rules;

    ClaimableIncidents(ClaimSubmissionService submissions, CustomerSubscriptions subscriptions, IncidentStore incidents,
                       PublishedRules rules) {
        this.submissions = submissions;
        this.subscriptions = subscriptions;
        this.incidents = incidents;
        this.rules = rules;
    }

    /** Every claimable incident of the user's organisation, the largest credit first. */
    public List<ClaimableIncident> of(PortalUser user) {
        List<ClaimableIncident> claimable = new ArrayList<>();
        Instant since = rules.today().minusDays(LOOK_BACK_DAYS).atStartOfDay(SlaTime.ZONE).toInstant();
        for (TermView term : subscriptions.termsOf(user.customerOrganisationId())) {
            for (Incident incident : incidents.affecting(term.term().serviceLevel(), since)) {
                claimable(user, term, incident).ifPresent(claimable::add);
            }
        }
        claimable.sort(Comparator.comparing((ClaimableIncident c) -> c.estimate().credit().amount()).reversed()
                .thenComparing(c -> c.incident().startedAt()));
        return claimable;
    }

    /** The incident as claimable for this term, when it is. */
    public Optional<ClaimableIncident> claimable(PortalUser user, TermView term, Incident incident) {
        if (incident.scheduled() || !incident.serviceLevels().contains(term.term().serviceLevel())) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.ofInstant(incident.startedAt(), SlaTime.ZONE);
        if (day.isBefore(term.term().termStart()) || day.isAfter(term.term().termEnd())) {
            return Optional.empty();
        }
        AppliedLevel governing;
        try {
            governing = rules.book().governingLevel(term.term().serviceLevel().value(), term.term().termStart());
        } catch (SlaRuleViolation noVersion) {
            return Optional.empty();
        }
        BillingMonth month = BillingMonth.containing(day, term.term().billingDay());
        UptimeInput estimate = estimate(governing.level().uptimeMethod(), month, incident);
        if (!acceptedButForTheStatement(user, term, incident, estimate)) {
            return Optional.empty();
        }
        ApplicableFee fee = term.applicableFee();
        CreditAssessment assessment = governing.level().assess(month, estimate, fee);
        ClaimDeadline deadline = governing.level().deadlineRule().deadlineFor(incident.startedAt(), term.term().billingDay());
        return Optional.of(new ClaimableIncident(incident, term, governing, assessment, deadline));
    }

    /** The month's figures if the incident made the whole deployment (all users, the whole tenant) unavailable. */
    static UptimeInput estimate(UptimeMethod method, BillingMonth month, Incident incident) {
        long minutes = Math.min(incident.duration().toMinutes(), month.minutes());
        return switch (method) {
            case DEPLOYMENT_MINUTES -> new UptimeInput.DeploymentMinutes(
                    List.of(new ResourceMinutes(incident.trackingId(), month.minutes(), minutes)));
            case USER_MINUTES -> new UptimeInput.UserMinutes(1, List.of(), minutes);
            case TENANT_MINUTES -> new UptimeInput.TenantMinutes(month.minutes(), minutes, List.of());
        };
    }

    private boolean acceptedButForTheStatement(PortalUser user, TermView term, Incident incident, UptimeInput estimate) {
        ClaimCommand question = new ClaimCommand(user.customerOrganisationId(), user.userId(), user.email(),
                term.term().id(), IncidentRef.recorded(incident.trackingId()), term.term().serviceLevel().value(), estimate,
                new ClaimStatement("", Optional.empty(), Optional.empty(), Optional.empty(), ""));
        try {
            submissions.preview(question);
            return true;
        } catch (ClaimIncomplete incomplete) {
            return true;
        } catch (SlaRuleViolation | ConflictException refused) {
            return false;
        }
    }
}
