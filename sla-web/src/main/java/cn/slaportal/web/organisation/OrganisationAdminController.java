package cn.slaportal.web.organisation;

import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.Organisation;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.account.InvitationService;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.error.PageNotFoundException;
import java.security.Principal;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/organisations}: the organisations and a form to create one; {@code /admin/organisations/{id}}: its
 * users (invite, disable, enable) and subscription terms (create, renew). Refused forms answer 400 with the input kept
 * and each refusal next to its field (an enable/disable request that is not one: next to that user's button).
 */
@Controller
class OrganisationAdminController {

    static final String LIST = "admin/organisations";
    static final String DETAIL = "admin/organisation";

    private final OrganisationService service;
    private final AccountStore accounts;
    private final SubscriptionStore subscriptions;
    private final InvitationService invitations;

    OrganisationAdminController(OrganisationService service, AccountStore accounts, SubscriptionStore subscriptions,
                                InvitationService invitations) {
        this.service = service;
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.invitations = invitations;
    }

    @GetMapping("/admin/organisations")
    ModelAndView list() {
        return list("", new FieldErrors());
    }

    @PostMapping("/admin/organisations")
    ModelAndView create(@RequestParam(required = false) String name, Principal admin, RedirectAttributes flash) {
        OrganisationService.Outcome<Organisation> outcome = service.createOrganisation(name, admin.getName());
        if (outcome.stored().isEmpty()) {
            ModelAndView page = list(name == null ? "" : name, outcome.errors());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        flash.addFlashAttribute("saved", "organisation.created");
        return new ModelAndView("redirect:/admin/organisations/" + outcome.stored().get().id());
    }

    @GetMapping("/admin/organisations/{id}")
    ModelAndView detail(@PathVariable String id) {
        return detail(organisation(id), TermForm.blank(), new FieldErrors(), null, new FieldErrors());
    }

    @PostMapping("/admin/organisations/{id}/subscriptions")
    ModelAndView createTerm(@PathVariable String id, @ModelAttribute TermForm form, Principal admin,
                            RedirectAttributes flash) {
        Organisation organisation = organisation(id);
        OrganisationService.Outcome<Subscription> outcome = service.createTerm(organisation.id(), form, admin.getName());
        if (outcome.stored().isEmpty()) {
            return refused(detail(organisation, form, outcome.errors(), null, new FieldErrors()));
        }
        flash.addFlashAttribute("saved", "organisation.term.created");
        return new ModelAndView("redirect:/admin/organisations/" + organisation.id());
    }

    @PostMapping("/admin/organisations/{id}/invitations")
    ModelAndView invite(@PathVariable String id, @RequestParam(required = false) String email,
                        @RequestParam(required = false) String displayName, Principal admin, RedirectAttributes flash) {
        Organisation organisation = organisation(id);
        InvitationService.Outcome outcome = invitations.invite(organisation, email, displayName, admin.getName());
        if (!outcome.done()) {
            return refused(detail(organisation, TermForm.blank(), new FieldErrors(), null, new FieldErrors())
                    .addObject("inviteErrors", outcome.errors()).addObject("inviteEmail", email == null ? "" : email)
                    .addObject("inviteName", displayName == null ? "" : displayName));
        }
        flash.addFlashAttribute("saved", "invitation.sent");
        return new ModelAndView("redirect:/admin/organisations/" + organisation.id());
    }

    @PostMapping("/admin/subscriptions/{id}/renew")
    ModelAndView renew(@PathVariable String id, @ModelAttribute RenewalForm form, Principal admin,
                       RedirectAttributes flash) {
        Subscription term = number(id).flatMap(subscriptions::subscription)
                .orElseThrow(() -> new PageNotFoundException("organisation.error.no-subscription", id));
        Organisation organisation = accounts.organisation(term.organisationId()).orElseThrow();
        OrganisationService.Outcome<Subscription> outcome = service.renew(term, form, admin.getName());
        if (outcome.stored().isEmpty()) {
            return refused(detail(organisation, TermForm.blank(), new FieldErrors(), term.id(), outcome.errors())
                    .addObject("renewal", form));
        }
        flash.addFlashAttribute("saved", "organisation.term.renewed");
        return new ModelAndView("redirect:/admin/organisations/" + organisation.id());
    }

    @PostMapping("/admin/users/{id}/enabled")
    ModelAndView setEnabled(@PathVariable String id, @RequestParam(required = false) String enabled,
                            @RequestParam(required = false) String rowVersion, Principal admin,
                            RedirectAttributes flash) {
        UserAccount user = number(id).flatMap(accounts::user)
                .filter(account -> account.organisationId().isPresent())
                .orElseThrow(() -> new PageNotFoundException("organisation.error.no-user", id));
        Optional<Boolean> enable = "true".equals(enabled) ? Optional.of(true)
                : "false".equals(enabled) ? Optional.of(false) : Optional.empty();
        Optional<Long> version = number(rowVersion);
        if (enable.isEmpty() || version.isEmpty()) {
            FieldErrors errors = new FieldErrors();
            errors.reject("user-" + user.id(), "organisation.users.error.request", user.email());
            Organisation organisation = accounts.organisation(user.organisationId().get()).orElseThrow();
            return refused(detail(organisation, TermForm.blank(), new FieldErrors(), null, new FieldErrors())
                    .addObject("userErrors", errors));
        }
        service.setEnabled(user, version.get(), enable.get(), admin.getName());
        flash.addFlashAttribute("saved", enable.get() ? "organisation.user.enabled" : "organisation.user.disabled");
        return new ModelAndView("redirect:/admin/organisations/" + user.organisationId().get());
    }

    private ModelAndView list(String name, FieldErrors errors) {
        return new ModelAndView(LIST).addObject("organisations", accounts.organisations()).addObject("name", name)
                .addObject("errors", errors);
    }

    private ModelAndView detail(Organisation organisation, TermForm term, FieldErrors termErrors, Long renewing,
                                FieldErrors renewalErrors) {
        ModelAndView page = new ModelAndView(DETAIL);
        page.addObject("organisation", organisation);
        page.addObject("users", accounts.usersOf(organisation.id()));
        page.addObject("terms", subscriptions.subscriptionsOf(organisation.id()));
        page.addObject("levels", service.levels());
        page.addObject("levelNames", service.levelNames());
        page.addObject("form", term);
        page.addObject("errors", termErrors);
        page.addObject("renewing", renewing);
        page.addObject("renewalErrors", renewalErrors);
        page.addObject("renewal", new RenewalForm("", ""));
        page.addObject("inviteErrors", new FieldErrors());
        page.addObject("userErrors", new FieldErrors());
        page.addObject("inviteEmail", "");
        page.addObject("inviteName", "");
        return page;
    }

    private static ModelAndView refused(ModelAndView page) {
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private Organisation organisation(String id) {
        return number(id).flatMap(accounts::organisation)
                .orElseThrow(() -> new PageNotFoundException("organisation.error.not-found", id));
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
