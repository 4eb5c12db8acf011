package cn.slaportal.web.claim;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.claim.ClaimIncomplete;
import cn.slaportal.core.claim.ClaimInformation;
import cn.slaportal.core.claim.ClaimStatement;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.core.uptime.UptimeMethod;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.web.account.PortalUser;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.error.ConflictException;
import cn.slaportal.web.error.NotFoundException;
import cn.slaportal.web.locale.LocalizedFormats;
import cn.slaportal.web.subscription.CustomerSubscriptions;
import cn.slaportal.web.subscription.TermView;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /account/claims/new}: the claim form. {@code ?subscription={id}&incident={trackingId}} pre-fills it from the
 * operator's incident record; a Preview button (no JavaScript) and {@code /account/claims/preview} (the same preview
 * as a fragment, for the external script) show what the claim submission would decide; Submit files it through
 * {@link ClaimSubmissionService}. Every refusal is shown next to its field with everything typed kept.
 */
@Controller
class ClaimFormController {

    static final String VIEW = "claim/form";
    static final String PREVIEW_FRAGMENT = "claim/form :: preview";
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ClaimSubmissionService submissions;
    private final ClaimableIncidents claimable;
    private final CustomerSubscriptions subscriptions;
    private final IncidentStore incidents;
    private final PublishedRules rules;
    private final ClaimFormReader reader;
    private final LocalizedFormats formats;

    ClaimFormController(ClaimSubmissionService submissions, ClaimableIncidents claimable,
                        CustomerSubscriptions subscriptions, IncidentStore incidents, PublishedRules rules,
                        ClaimFormReader reader, LocalizedFormats formats) {
        this.submissions = submissions;
        this.claimable = claimable;
        this.subscriptions = subscriptions;
        this.incidents = incidents;
        this.rules = rules;
        this.reader = reader;
        this.formats = formats;
    }

    /**
     * The form, pre-filled by {@code ?subscription=&incident=} (a proposed incident) or by the calculator's figures
     * ({@code ?level=} and the figure fields), which are kept as they came.
     */
    @GetMapping("/account/claims/new")
    String form(@AuthenticationPrincipal PortalUser user, @ModelAttribute ClaimForm query,
                @RequestParam(required = false) String level, Model model) {
        ClaimForm form = query;
        if (form.subscription().isEmpty() && level != null) {
            form = subscriptions.termsOf(user.customerOrganisationId()).stream()
                    .filter(term -> term.term().serviceLevel().value().equals(level) && term.state().equals("CURRENT"))
                    .findFirst().map(term -> query.withChoice(String.valueOf(term.term().id()), query.incident())).orElse(query);
        }
        Context context = context(user, form, new FieldErrors());
        if (!form.subscription().isEmpty() && context.term().isEmpty()) {
            throw new NotFoundException("claim.notfound.subscription", form.subscription());
        }
        boolean typedFigures = form.resourceDeployed().stream().anyMatch(value -> !value.isEmpty()) || !form.users().isEmpty()
                || !form.deployedMinutes().isEmpty();
        model.addAttribute("fromCalculator", typedFigures);
        ClaimForm shown = typedFigures ? context.form() : prefill(context);
        return show(model, context.with(shown), Optional.empty(), Optional.empty(), List.of());
    }

    @PostMapping("/account/claims/new")
    String submit(@AuthenticationPrincipal PortalUser user, @ModelAttribute ClaimForm form,
                  @RequestParam(required = false) MultipartFile probeLog, @RequestParam(defaultValue = "preview") String action,
                  Locale locale, Model model, HttpServletResponse response) {
        Outcome outcome = decide(user, form, probeLog, "submit".equals(action), locale);
        if (outcome.submitted().flatMap(SubmittedClaim::claim).isPresent()) {
            return "redirect:/account/claims/" + outcome.submitted().get().claim().get().reference() + "?submitted";
        }
        if (!outcome.context().errors().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return show(model, outcome.context(), outcome.submitted(), outcome.duplicate(), outcome.rejectedLines());
    }

    /** The preview section alone, for the external script that updates it as the customer types. */
    @PostMapping("/account/claims/preview")
    String preview(@AuthenticationPrincipal PortalUser user, @ModelAttribute ClaimForm form, Locale locale, Model model) {
        Outcome outcome = decide(user, form, null, false, locale);
        show(model, outcome.context(), outcome.submitted(), outcome.duplicate(), outcome.rejectedLines());
        return PREVIEW_FRAGMENT;
    }

    private Outcome decide(PortalUser user, ClaimForm typed, MultipartFile probeLog, boolean file, Locale locale) {
        FieldErrors errors = new FieldErrors();
        Context context = context(user, typed, errors);
        if (context.term().isEmpty() && !typed.subscription().isEmpty()) {
            throw new NotFoundException("claim.notfound.subscription", typed.subscription());
        }
        if (context.term().isEmpty()) {
            errors.reject("subscription", "claim.form.error.subscription");
            return new Outcome(context, Optional.empty(), Optional.empty(), List.of());
        }
        Optional<Reported> reported = Optional.empty();
        if (context.incident().isEmpty()) {
            if (!typed.incident().isEmpty() || typed.reportedStart().isEmpty()) {
                errors.reject("incident", typed.incident().isEmpty() ? "claim.form.error.incident"
                        : "claim.error.unknown-incident", typed.incident());
                return new Outcome(context, Optional.empty(), Optional.empty(), List.of());
            }
            reported = reported(typed, errors);
            if (reported.isEmpty()) {
                return new Outcome(context, Optional.empty(), Optional.empty(), List.of());
            }
        }
        Optional<Incident> recorded = context.incident();
        Instant start = reported.map(Reported::start).orElseGet(() -> recorded.get().startedAt());
        long incidentMinutes = reported.map(r -> Duration.between(r.start(), r.end()).toMinutes())
                .orElseGet(() -> recorded.get().duration().toMinutes());
        IncidentRef incidentRef = reported.<IncidentRef>map(r -> IncidentRef.reported(r.start(), r.end()))
                .orElseGet(() -> IncidentRef.recorded(recorded.get().trackingId()));
        ClaimForm form = typed;
        List<String> rejected = new ArrayList<>();
        if (context.method().isEmpty()) {
            errors.reject("subscription", "claim.form.error.no-version");
            return new Outcome(context, Optional.empty(), Optional.empty(), List.of());
        }
        if (probeLog != null && !probeLog.isEmpty() && context.method().get() == UptimeMethod.DEPLOYMENT_MINUTES) {
            form = reader.withProbeLog(typed, probeLog, month(context, start), errors, rejected);
            context = context.with(form);
        }
        if (context.method().get() == UptimeMethod.USER_MINUTES && form.downtimeUserMinutes().isEmpty()
                && form.affectedUserCount().matches("\\d{1,9}")) {
            long userMinutes = incidentMinutes * Long.parseLong(form.affectedUserCount());
            form = form.withFigures(form.resourceName(), form.resourceDeployed(), form.resourceDowntime(), form.users(),
                    String.valueOf(userMinutes), form.deployedMinutes(), form.downtimeMinutes());
            context = context.with(form);
        }
        Optional<UptimeInput> figures = reader.figures(form, context.method().orElseThrow(), errors);
        ClaimStatement statement = reader.statement(form, errors);
        if (figures.isEmpty() || !errors.isEmpty()) {
            return new Outcome(context, Optional.empty(), Optional.empty(), rejected);
        }
        ClaimCommand command = new ClaimCommand(user.customerOrganisationId(), user.userId(), user.email(),
                context.term().get().term().id(), incidentRef,
                context.term().get().term().serviceLevel().value(), figures.get(), statement);
        try {
            SubmittedClaim decided = file ? submissions.submit(command) : submissions.preview(command);
            return new Outcome(context, Optional.of(decided), Optional.empty(), rejected);
        } catch (ClaimIncomplete incomplete) {
            for (ClaimInformation item : incomplete.missing()) {
                errors.reject(fieldOf(item), "claim.form.error.missing");
            }
            return new Outcome(context, Optional.empty(), Optional.empty(), rejected);
        } catch (ConflictException duplicate) {
            errors.reject("incident", duplicate.messageKey(), duplicate.arguments());
            Optional<String> existing = duplicate.arguments().length > 0 ? Optional.of(String.valueOf(duplicate.arguments()[0]))
                    : Optional.empty();
            return new Outcome(context, Optional.empty(), existing, rejected);
        } catch (SlaRuleViolation refused) {
            errors.reject(fieldOf(refused, context.method().orElseThrow()), refused.code(),
                    shownArguments(refused, context.term().orElseThrow(), locale));
            Optional<String> existing = refused.code().equals("claim.error.duplicate") && !refused.arguments().isEmpty()
                    ? Optional.of(String.valueOf(refused.arguments().get(0))) : Optional.empty();
            return new Outcome(context, Optional.empty(), existing, rejected);
        }
    }

    /**
     * A refusal's arguments as the reader reads them: a service level by its name in the page's language (the
     * core names it by slug), a day in the page's date format (the core gives ISO days).
     */
    private Object[] shownArguments(SlaRuleViolation refused, TermView term, Locale locale) {
        return refused.arguments().stream().map(argument -> {
            String text = String.valueOf(argument);
            if (text.equals(term.term().serviceLevel().value())) {
                return term.levelName(locale);
            }
            if (ISO_DAY.matcher(text).matches()) {
                return formats.forLocale(locale).date(LocalDate.parse(text));
            }
            return argument;
        }).toArray();
    }

    private Context context(PortalUser user, ClaimForm form, FieldErrors errors) {
        long organisation = user.customerOrganisationId();
        List<TermView> terms = subscriptions.termsOf(organisation);
        Optional<Incident> incident = form.incident().isEmpty() ? Optional.empty() : incidents.byTrackingId(form.incident());
        Choices choices = new Choices(() -> choicesFor(user, terms, incident));
        Optional<TermView> term = terms.stream().filter(t -> String.valueOf(t.term().id()).equals(form.subscription())).findFirst();
        ClaimForm chosen = form;
        if (term.isEmpty() && form.subscription().isEmpty() && !choices.get().isEmpty()) {
            term = Optional.of(choices.get().get(0).term());
            chosen = form.withChoice(String.valueOf(term.get().term().id()), form.incident());
        }
        Optional<AppliedLevel> governing = term.flatMap(this::governing);
        return new Context(chosen, terms, term, governing.map(level -> level.level().uptimeMethod()),
                governing.map(level -> level.rules().requiredClaimInformation()).orElse(List.of()), incident, choices,
                errors);
    }

    /** The organisation's subscriptions for which the incident is claimable, the largest credit first. */
    private List<ClaimableIncident> choicesFor(PortalUser user, List<TermView> terms, Optional<Incident> incident) {
        List<ClaimableIncident> choices = new ArrayList<>();
        incident.ifPresent(found -> terms.forEach(term -> claimable.claimable(user, term, found).ifPresent(choices::add)));
        choices.sort((a, b) -> b.estimate().credit().amount().compareTo(a.estimate().credit().amount()));
        return choices;
    }

    private Optional<AppliedLevel> governing(TermView term) {
        try {
            return Optional.of(rules.book().governingLevel(term.term().serviceLevel().value(), term.term().termStart()));
        } catch (SlaRuleViolation noVersion) {
            return Optional.empty();
        }
    }

    /** The operator's figures for the incident, as far as the customer has not typed their own. */
    private ClaimForm prefill(Context context) {
        if (context.term().isEmpty() || context.incident().isEmpty() || context.method().isEmpty()) {
            return context.form();
        }
        Incident incident = context.incident().get();
        BillingMonth month = month(context, incident.startedAt());
        long minutes = Math.min(incident.duration().toMinutes(), month.minutes());
        String all = String.valueOf(month.minutes());
        String down = String.valueOf(minutes);
        return switch (context.method().get()) {
            case DEPLOYMENT_MINUTES -> context.form().withFigures(List.of(""), List.of(all), List.of(down), "", "", "", "");
            case USER_MINUTES -> context.form().withFigures(List.of(), List.of(), List.of(), "", "", "", "");
            case TENANT_MINUTES -> context.form().withFigures(List.of(), List.of(), List.of(), "", "", all, down);
        };
    }

    private static BillingMonth month(Context context, Instant incidentStart) {
        LocalDate day = LocalDate.ofInstant(incidentStart, SlaTime.ZONE);
        return BillingMonth.containing(day, context.term().orElseThrow().term().billingDay());
    }

    /** The start and end of an incident the customer reports, read as local times in Asia/Shanghai. */
    private static Optional<Reported> reported(ClaimForm form, FieldErrors errors) {
        Optional<Instant> start = localTime(form.reportedStart(), "reportedStart", errors);
        Optional<Instant> end = localTime(form.reportedEnd(), "reportedEnd", errors);
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (!end.get().isAfter(start.get())) {
            errors.reject("reportedEnd", "claim.form.error.end-before-start");
            return Optional.empty();
        }
        return Optional.of(new Reported(start.get(), end.get()));
    }

    private static Optional<Instant> localTime(String text, String field, FieldErrors errors) {
        try {
            return Optional.of(LocalDateTime.parse(text).atZone(SlaTime.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            errors.reject(field, "claim.form.error.date-time", text);
            return Optional.empty();
        }
    }

    private record Reported(Instant start, Instant end) {
    }

    private String show(Model model, Context context, Optional<SubmittedClaim> preview, Optional<String> duplicate,
                        List<String> rejectedLines) {
        model.addAttribute("view", new ClaimFormView(context.form(), context.terms(), context.term(), context.method(),
                context.required(), context.incident(), context.choices(), List.of(), preview, context.errors(), duplicate,
                rejectedLines));
        return VIEW;
    }

    private static String fieldOf(ClaimInformation item) {
        return switch (item) {
            case DETAILED_DESCRIPTION -> "description";
            case AFFECTED_RESOURCES_OR_OPERATIONS -> "affectedResources";
            case AFFECTED_END_USERS_NUMBER_AND_LOCATIONS -> "affectedUserCount";
            case RESOLUTION_ATTEMPTS -> "resolutionAttempts";
            case INCIDENT_TIME_AND_DURATION, DOWNTIME_TIME_AND_DURATION -> "incident";
        };
    }

    /** Which field a refusal of the claim submission belongs next to. */
    static String fieldOf(SlaRuleViolation refused, UptimeMethod method) {
        String code = refused.code();
        if (code.startsWith("deadline.") || code.equals("claim.error.outside-term") || code.equals("claim.error.unknown-incident")
                || code.equals("claim.error.duplicate") || code.equals("claim.error.scheduled-maintenance")) {
            return "incident";
        }
        if (code.startsWith("claim.error.level-") || code.equals("claim.error.credit-already-claimed")
                || code.startsWith("catalog.")) {
            return "subscription";
        }
        return switch (method) {
            case DEPLOYMENT_MINUTES -> "resourceDowntime0";
            case USER_MINUTES -> "downtimeUserMinutes";
            case TENANT_MINUTES -> "downtimeMinutes";
        };
    }

    /**
     * The subscriptions an incident is claimable for, worked out when first asked: each one is a preview of the claim
     * submission, needed to choose a subscription or to show the form, not for a claim that is filed.
     */
    private static final class Choices {

        private final Supplier<List<ClaimableIncident>> source;
        private List<ClaimableIncident> worked;

        Choices(Supplier<List<ClaimableIncident>> source) {
            this.source = source;
        }

        List<ClaimableIncident> get() {
            if (worked == null) {
                worked = source.get();
            }
            return worked;
        }
    }

    private record Context(ClaimForm form, List<TermView> terms, Optional<TermView> term, Optional<UptimeMethod> method,
                           List<ClaimInformation> required, Optional<Incident> incident, Choices choiceList,
                           FieldErrors errors) {

        List<ClaimableIncident> choices() {
            return choiceList.get();
        }

        Context with(ClaimForm other) {
            return new Context(other, terms, term, method, required, incident, choiceList, errors);
        }
    }

    private record Outcome(Context context, Optional<SubmittedClaim> submitted, Optional<String> duplicate,
                           List<String> rejectedLines) {
    }
}
