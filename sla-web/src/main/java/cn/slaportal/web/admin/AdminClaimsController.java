package cn.slaportal.web.admin;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.claim.CitedExclusion;
import cn.slaportal.core.claim.ClaimRecomputation;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.persistence.account.Organisation;
import cn.slaportal.persistence.claim.ClaimQuery;
import cn.slaportal.web.claim.AdminClaims;
import cn.slaportal.web.claim.ClaimDecisionService;
import cn.slaportal.web.claim.ClaimReview;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.error.ConflictException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/claims}: the claims queue, filtered, the oldest first, 25 to a page; {@code /admin/claims/{reference}}:
 * one claim's review page with the core's recomputation; its steps (start review, ask for information, approve,
 * reject; recompute previews without deciding) go through {@link ClaimDecisionService}. A refused step answers 400
 * with everything as typed and the refusal next to its field; a claim changed since the page was read answers the
 * 409 page and nothing is written.
 */
@Controller
class AdminClaimsController {

    static final String QUEUE = "admin/claims";
    static final String REVIEW = "admin/claim";
    static final int PAGE_SIZE = 25;
    private static final String REFERENCE = "{reference:CLM-\\d{4}-\\d{6,12}}";

    private final AdminClaims claims;
    private final ClaimDecisionService decisions;

    AdminClaimsController(AdminClaims claims, ClaimDecisionService decisions) {
        this.claims = claims;
        this.decisions = decisions;
    }

    @GetMapping("/admin/claims")
    ModelAndView queue(@ModelAttribute("filter") ClaimQueueForm filter) {
        FieldErrors errors = new FieldErrors();
        List<AdminClaims.DocumentChoice> documents = claims.documents();
        List<Organisation> organisations = claims.organisations();
        Optional<ClaimQuery> query = filter.toQuery(documents.stream().map(AdminClaims.DocumentChoice::slug).toList(),
                organisations.stream().map(Organisation::id).toList(), errors);
        ModelAndView page = new ModelAndView(QUEUE);
        page.addObject("filter", filter);
        page.addObject("errors", errors);
        page.addObject("statuses", ClaimStatus.values());
        page.addObject("documents", documents);
        page.addObject("organisations", organisations);
        if (query.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("claims", Page.empty());
            return page;
        }
        int number = filter.pageNumber(errors);
        Page<AdminClaims.QueueRow> rows = claims.queue(query.get(), number, PAGE_SIZE);
        page.addObject("claims", rows);
        page.addObject("previous", rows.hasPrevious() ? filter.onPage(number - 1) : null);
        page.addObject("next", rows.hasNext() ? filter.onPage(number + 1) : null);
        return page;
    }

    @GetMapping("/admin/claims/" + REFERENCE)
    ModelAndView review(@PathVariable String reference) {
        ClaimReview review = claims.review(reference);
        ClaimDecisionForm form = ClaimDecisionForm.of(review.claim().rowVersion(), review.offered(),
                review.claim().exclusions());
        return page(review, form, new FieldErrors(), "", recomputation(review, review.claim().exclusions()));
    }

    @PostMapping("/admin/claims/" + REFERENCE + "/review")
    ModelAndView startReview(@PathVariable String reference, @ModelAttribute ClaimDecisionForm form, Principal admin,
                             RedirectAttributes flash) {
        return step(reference, form, "review", flash, (rowVersion, cited) ->
                decisions.startReview(reference, rowVersion, admin.getName()));
    }

    @PostMapping("/admin/claims/" + REFERENCE + "/information")
    ModelAndView requestInformation(@PathVariable String reference, @ModelAttribute ClaimDecisionForm form,
                                    Principal admin, RedirectAttributes flash) {
        return step(reference, form, "information", flash, (rowVersion, cited) ->
                decisions.requestInformation(reference, rowVersion, admin.getName(), form.question()));
    }

    @PostMapping("/admin/claims/" + REFERENCE + "/approve")
    ModelAndView approve(@PathVariable String reference, @ModelAttribute ClaimDecisionForm form, Principal admin,
                         RedirectAttributes flash) {
        return step(reference, form, "approve", flash, (rowVersion, cited) ->
                decisions.approve(reference, rowVersion, admin.getName(), cited, form.reason()));
    }

    @PostMapping("/admin/claims/" + REFERENCE + "/reject")
    ModelAndView reject(@PathVariable String reference, @ModelAttribute ClaimDecisionForm form, Principal admin,
                        RedirectAttributes flash) {
        return step(reference, form, "reject", flash, (rowVersion, cited) ->
                decisions.reject(reference, rowVersion, admin.getName(), cited, form.reason()));
    }

    /** Previews the credit with the exclusions ticked; decides nothing, writes nothing. */
    @PostMapping("/admin/claims/" + REFERENCE + "/recompute")
    ModelAndView recompute(@PathVariable String reference, @ModelAttribute ClaimDecisionForm form) {
        ClaimReview review = claims.review(reference);
        FieldErrors errors = new FieldErrors();
        List<CitedExclusion> cited = form.cited(errors);
        if (errors.isEmpty() && review.recomputable()) {
            try {
                return page(review, form, errors, "recompute", Optional.of(decisions.recompute(reference, cited)));
            } catch (SlaRuleViolation refused) {
                errors.reject(field(refused.code(), "recompute"), refused.code(), refused.arguments().toArray());
            }
        }
        return refused(page(review, form, errors, "recompute", Optional.empty()));
    }

    private interface Step {
        void take(long rowVersion, List<CitedExclusion> cited);
    }

    private ModelAndView step(String reference, ClaimDecisionForm form, String action, RedirectAttributes flash,
                              Step step) {
        FieldErrors errors = new FieldErrors();
        Optional<Long> rowVersion = form.expectedRowVersion(errors);
        List<CitedExclusion> cited = form.cited(errors);
        if (errors.isEmpty()) {
            try {
                step.take(rowVersion.get(), cited);
                flash.addFlashAttribute("saved", "admin.claims.done." + action);
                return new ModelAndView("redirect:/admin/claims/" + reference);
            } catch (ConflictException changed) {
                throw new ConcurrentChangeException("admin.conflict.claim", "/admin/claims/" + reference, reference);
            } catch (SlaRuleViolation refused) {
                errors.reject(field(refused.code(), action), refused.code(), refused.arguments().toArray());
            }
        }
        ClaimReview review = claims.review(reference);
        return refused(page(review, form, errors, action, Optional.empty()));
    }

    /** The field a refusal of the core is shown next to. */
    private static String field(String code, String action) {
        return switch (code) {
            case "claim.error.question-required" -> "question";
            case "claim.error.rejection-needs-reason" -> "reason";
            case "claim.error.unknown-exclusion", "claim.error.excluded-exceeds-downtime",
                 "claim.error.negative-excluded-minutes" -> "exclusions";
            default -> switch (action) {
                case "review" -> "review";
                case "information" -> "question";
                default -> "reason";
            };
        };
    }

    private Optional<ClaimRecomputation> recomputation(ClaimReview review, List<CitedExclusion> cited) {
        if (!review.recomputable()) {
            return Optional.empty();
        }
        try {
            return Optional.of(decisions.recompute(review.claim().reference(), cited));
        } catch (SlaRuleViolation refused) {
            return Optional.empty();
        }
    }

    private static ModelAndView page(ClaimReview review, ClaimDecisionForm form, FieldErrors errors, String action,
                                     Optional<ClaimRecomputation> recomputation) {
        ModelAndView page = new ModelAndView(REVIEW);
        page.addObject("review", review);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("action", action);
        page.addObject("recomputation", recomputation.orElse(null));
        return page;
    }

    private static ModelAndView refused(ModelAndView page) {
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
