package cn.slaportal.web.claim;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.core.claim.ActorRole;
import cn.slaportal.core.claim.CitedExclusion;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.core.claim.ClaimTransition;
import cn.slaportal.core.exclusion.Exclusion;
import cn.slaportal.i18n.format.PortalFormats;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.mail.Outbox;
import cn.slaportal.web.mail.RecipientLanguage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The e-mails a claim sends its claimant: the acknowledgement of a submission and a message on each later step
 * (question, decision, ...). Both are outbox rows written inside the transaction that stores the claim or the step
 * (the events are published there), so the mail exists exactly when the act does and survives an SMTP outage.
 */
@Component
class ClaimMails {

    static final String ACKNOWLEDGEMENT = "claim-acknowledgement";
    static final String STEP = "claim-step";

    private final ClaimStore claims;
    private final AccountStore accounts;
    private final Outbox outbox;
    private final PublishedRules rules;
    private final String portalUrl;

    ClaimMails(ClaimStore claims, AccountStore accounts, Outbox outbox, PublishedRules rules,
               @Value("${sla.public-base-url:http://localhost:8080}") String portalUrl) {
        this.claims = claims;
        this.accounts = accounts;
        this.outbox = outbox;
        this.rules = rules;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    @EventListener
    void acknowledge(ClaimSubmittedEvent submitted) {
        Optional<Claim> claim = claims.claim(submitted.reference());
        Optional<UserAccount> claimant = accounts.user(submitted.userId());
        if (claim.isEmpty() || claimant.isEmpty()) {
            return;
        }
        outbox.send(ACKNOWLEDGEMENT, submitted.reference(), claimant.get(), variables(claim.get(), claimant.get()),
                submitted.reference());
    }

    @EventListener
    void step(ClaimStepEvent step) {
        Optional<Claim> claim = claims.claim(step.reference());
        Optional<UserAccount> claimant = accounts.user(step.submittedByUserId());
        if (claim.isEmpty() || claimant.isEmpty()) {
            return;
        }
        if (step.transition().role() == ActorRole.CUSTOMER) {
            return;
        }
        Map<String, Object> variables = variables(claim.get(), claimant.get());
        ClaimTransition transition = step.transition();
        Locale language = RecipientLanguage.of(claimant.get()).locale();
        variables.put("status", transition.to().name());
        variables.put("reason", transition.reason().orElse(null));
        variables.put("needsAnswer", transition.to() == ClaimStatus.NEEDS_INFO);
        variables.put("approvedCredit", transition.approvedCredit()
                .map(credit -> PortalFormats.of(RecipientLanguage.of(claimant.get())).money(credit.amount())).orElse(null));
        variables.put("exclusions", transition.exclusions().stream().map(cited -> exclusion(claim.get(), cited, language))
                .toList());
        outbox.send(STEP, step.reference() + "/" + claim.get().rowVersion(), claimant.get(), variables,
                step.reference());
    }

    /** A cited exclusion as the mail names it: code, title in the claimant's language and clause. */
    private Map<String, String> exclusion(Claim claim, CitedExclusion cited, Locale language) {
        Optional<Exclusion> exclusion = claim.document().flatMap(document -> claim.governingVersion()
                .flatMap(number -> rules.book().version(new SlaDocument(document), number)))
                .flatMap(version -> version.rules().exclusion(cited.code()));
        return Map.of("code", cited.code(),
                "title", exclusion.map(found -> found.title().in(language)).orElse(""),
                "clause", exclusion.map(found -> found.clause().value()).orElse(""));
    }

    private Optional<LocalizedText> levelName(Claim claim) {
        if (claim.document().isEmpty() || claim.governingVersion().isEmpty()) {
            return Optional.empty();
        }
        return rules.book().version(new SlaDocument(claim.document().get()), claim.governingVersion().get())
                .flatMap(version -> version.rules().level(claim.serviceLevel())).map(ServiceLevel::name);
    }

    private Map<String, Object> variables(Claim claim, UserAccount claimant) {
        PortalFormats formats = PortalFormats.of(RecipientLanguage.of(claimant));
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", claimant.displayName());
        variables.put("reference", claim.reference());
        variables.put("level", levelName(claim).map(name -> name.in(RecipientLanguage.of(claimant).locale()))
                .orElse(claim.serviceLevel().value()));
        variables.put("uptime", formats.percent(claim.uptime().displayedValue()));
        variables.put("creditPercent", formats.percent(claim.creditPercent().value()));
        variables.put("credit", formats.money(claim.creditAmount().amount()));
        variables.put("deadline", formats.date(claim.deadline()));
        variables.put("decision", claim.expectedDecisionDate().map(formats::date).orElse(null));
        variables.put("claimUrl", portalUrl + "/account/claims/" + claim.reference() + "?lang="
                + RecipientLanguage.of(claimant).tag());
        return variables;
    }
}
