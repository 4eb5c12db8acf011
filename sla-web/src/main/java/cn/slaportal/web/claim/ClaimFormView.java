package cn.slaportal.web.claim;

import cn.slaportal.core.claim.ClaimInformation;
import cn.slaportal.core.uptime.UptimeMethod;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.subscription.TermView;
import java.util.List;
import java.util.Optional;

/**
 * Everything the claim form shows: what was typed, the customer's current terms, the chosen term with its governing
 * level's uptime method and required information, the incident, the claimable choices for it (the better-paying one
 * first and preselected), a preview, the refusals by field and the lines a probe log had rejected.
 */
public record ClaimFormView(ClaimForm form, List<TermView> terms, Optional<TermView> term, Optional<UptimeMethod> method,
                            List<ClaimInformation> required, Optional<Incident> incident, List<ClaimableIncident> choices,
                            List<ClaimableIncident> claimable, Optional<SubmittedClaim> preview, FieldErrors errors,
                            Optional<String> duplicateReference, List<String> rejectedLines) {

    public boolean requires(String item) {
        return required.stream().anyMatch(info -> info.name().equals(item));
    }

    public boolean methodIs(String name) {
        return method.map(m -> m.name().equals(name)).orElse(false);
    }

    /** The choice that pays more, when the incident touches several of the customer's levels. */
    public Optional<ClaimableIncident> betterPaying() {
        return choices.size() > 1 ? Optional.of(choices.get(0)) : Optional.empty();
    }
}
