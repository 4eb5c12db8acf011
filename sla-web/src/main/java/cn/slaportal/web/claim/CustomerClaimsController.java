package cn.slaportal.web.claim;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.web.account.PortalUser;
import cn.slaportal.web.error.ConflictException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /account/claims} and {@code /account/claims/{reference}}: the organisation's claims, each one's facts and
 * history, and the customer's two steps: answering a request for information and withdrawing before a decision
 * (both through {@link ClaimDecisionService}).
 */
@Controller
class CustomerClaimsController {

    static final String LIST_VIEW = "claim/list";
    static final String DETAIL_VIEW = "claim/detail";
    private static final String REFERENCE = "{reference:CLM-\\d{4}-\\d{6,12}}";

    private final CustomerClaims claims;
    private final ClaimableIncidents claimable;
    private final ClaimDecisionService decisions;

    CustomerClaimsController(CustomerClaims claims, ClaimableIncidents claimable, ClaimDecisionService decisions) {
        this.claims = claims;
        this.claimable = claimable;
        this.decisions = decisions;
    }

    @GetMapping("/account/claims")
    String list(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("claims", claims.claimsOf(user.customerOrganisationId()));
        model.addAttribute("claimable", claimable.of(user));
        return LIST_VIEW;
    }

    @GetMapping("/account/claims/" + REFERENCE)
    String detail(@AuthenticationPrincipal PortalUser user, @PathVariable String reference, Model model) {
        return show(user, reference, new StepForm(null, ""), null, model);
    }

    @PostMapping("/account/claims/" + REFERENCE + "/answer")
    String answer(@AuthenticationPrincipal PortalUser user, @PathVariable String reference, @ModelAttribute StepForm step,
                  Model model, HttpServletResponse response) {
        ClaimPage page = claims.claim(user.customerOrganisationId(), reference);
        try {
            decisions.answer(user.customerOrganisationId(), reference, step.rowVersion(page), user.email(), step.text());
            return "redirect:/account/claims/" + reference + "?answered";
        } catch (SlaRuleViolation | ConflictException refused) {
            response.setStatus(refused instanceof ConflictException ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_BAD_REQUEST);
            return show(user, reference, step, new StepRefusal("answer", refused), model);
        }
    }

    @PostMapping("/account/claims/" + REFERENCE + "/withdraw")
    String withdraw(@AuthenticationPrincipal PortalUser user, @PathVariable String reference, @ModelAttribute StepForm step,
                    Model model, HttpServletResponse response) {
        ClaimPage page = claims.claim(user.customerOrganisationId(), reference);
        try {
            decisions.withdraw(user.customerOrganisationId(), reference, step.rowVersion(page), user.email(), step.text());
            return "redirect:/account/claims/" + reference + "?withdrawn";
        } catch (SlaRuleViolation | ConflictException refused) {
            response.setStatus(refused instanceof ConflictException ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_BAD_REQUEST);
            return show(user, reference, step, new StepRefusal("withdraw", refused), model);
        }
    }

    private String show(PortalUser user, String reference, StepForm step, StepRefusal refusal, Model model) {
        model.addAttribute("page", claims.claim(user.customerOrganisationId(), reference));
        model.addAttribute("step", step);
        model.addAttribute("refusalFor", refusal == null ? null : refusal.action());
        model.addAttribute("refusalKey", refusal == null ? null : refusal.key());
        model.addAttribute("refusalArguments", refusal == null ? new Object[0] : refusal.arguments());
        return DETAIL_VIEW;
    }

    /** The text typed for a step (an answer, a reason to withdraw) and the row version of the claim as it was shown. */
    record StepForm(String rowVersion, String text) {

        StepForm {
            text = text == null ? "" : text.strip();
        }

        long rowVersion(ClaimPage page) {
            return rowVersion != null && rowVersion.matches("\\d{1,18}") ? Long.parseLong(rowVersion) : page.claim().rowVersion();
        }
    }

    private record StepRefusal(String action, String key, Object[] arguments) {

        StepRefusal(String action, RuntimeException refused) {
            this(action, refused instanceof ConflictException conflict ? conflict.messageKey() : ((SlaRuleViolation) refused).code(),
                    refused instanceof ConflictException conflict ? conflict.arguments()
                            : ((SlaRuleViolation) refused).arguments().toArray());
        }
    }
}
