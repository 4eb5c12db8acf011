package cn.slaportal.web.claim;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.core.claim.CitedExclusion;
import cn.slaportal.core.exclusion.Exclusion;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.claim.ClaimDetail;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.error.NotFoundException;
import cn.slaportal.web.subscription.CustomerSubscriptions;
import cn.slaportal.web.subscription.TermView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims of one organisation, as its users read them. Every lookup is scoped by the organisation: another
 * organisation's claim is not found ({@code claim.notfound}), whether it exists or not.
 */
@Service
public class CustomerClaims {

    private final ClaimStore claims;
    private final IncidentStore incidents;
    private final CustomerSubscriptions subscriptions;
    private final PublishedRules rules;

    CustomerClaims(ClaimStore claims, IncidentStore incidents, CustomerSubscriptions subscriptions, PublishedRules rules) {
        this.claims = claims;
        this.incidents = incidents;
        this.subscriptions = subscriptions;
        this.rules = rules;
    }

    /**
     * The organisation's claims, the latest first, each with its level's name from the term it was filed on (the
     * slug only when the catalogue no longer knows the level).
     */
    @Transactional(readOnly = true)
    public List<ListedClaim> claimsOf(long organisationId) {
        Map<Long, LocalizedText> names = subscriptions.termsOf(organisationId).stream()
                .collect(Collectors.toMap(term -> term.term().id(), TermView::levelName, (first, second) -> first));
        return claims.claimsOf(organisationId).stream().map(claim -> new ListedClaim(claim,
                names.getOrDefault(claim.subscriptionId(), new LocalizedText(claim.serviceLevel().value(),
                        claim.serviceLevel().value())))).toList();
    }

    /** @throws NotFoundException when the organisation has no claim with this reference */
    @Transactional(readOnly = true)
    public ClaimPage claim(long organisationId, String reference) {
        ClaimDetail detail = claims.detailOf(organisationId, reference)
                .orElseThrow(() -> new NotFoundException("claim.notfound", reference));
        TermView term = subscriptions.termOf(organisationId, detail.claim().subscriptionId())
                .orElseThrow(() -> new NotFoundException("claim.notfound", reference));
        Incident incident = incidents.incident(detail.claim().incidentId())
                .orElseThrow(() -> new NotFoundException("claim.notfound", reference));
        Optional<AppliedLevel> governing = governing(detail.claim(), term);
        List<CitedExclusionView> exclusions = detail.claim().exclusions().stream().map(cited -> new CitedExclusionView(
                cited, governing.flatMap(level -> level.rules().exclusion(cited.code())))).toList();
        return new ClaimPage(detail, term, incident, governing, exclusions);
    }

    private Optional<AppliedLevel> governing(Claim claim, TermView term) {
        try {
            if (claim.governingVersion().isPresent() && claim.document().isPresent()) {
                return rules.book().version(new SlaDocument(claim.document().get()),
                                claim.governingVersion().get())
                        .flatMap(version -> version.rules().level(claim.serviceLevel())
                                .map(level -> new AppliedLevel(version.version(), version.rules(), level)));
            }
            return Optional.of(rules.book().governingLevel(claim.serviceLevel().value(), term.term().termStart()));
        } catch (SlaRuleViolation noVersion) {
            return Optional.empty();
        }
    }

    /** A cited exclusion with its title and clause as the governing version states them (empty if it has none). */
    public record CitedExclusionView(CitedExclusion cited, Optional<Exclusion> exclusion) {
    }
}
