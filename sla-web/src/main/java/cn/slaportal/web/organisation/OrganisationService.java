package cn.slaportal.web.organisation;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.Organisation;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.subscription.NewSubscription;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.web.admin.ConcurrentChangeException;
import cn.slaportal.web.audit.AuditLog;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.credit.FieldErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's acts on organisations, each one transaction with its audit entry: create an organisation,
 * create a subscription term, renew a term, disable or re-enable a user. Refusals come back as field errors.
 */
@Service
public class OrganisationService {

    private final AccountStore accounts;
    private final SubscriptionStore subscriptions;
    private final PublishedRules rules;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationService(AccountStore accounts, SubscriptionStore subscriptions, PublishedRules rules, AuditLog audit,
                        Clock clock) {
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** What came of a form: the stored object, or the refusals by field. */
    public record Outcome<T>(Optional<T> stored, FieldErrors errors) {
    }

    public List<ServiceLevel> levels() {
        return rules.book().catalogOn(rules.today()).all();
    }

    /** Every level's name by slug, as the latest version stating it names it (tables show names, not slugs). */
    public java.util.Map<String, cn.slaportal.core.LocalizedText> levelNames() {
        java.util.Map<String, cn.slaportal.core.LocalizedText> names = new java.util.HashMap<>();
        for (cn.slaportal.core.catalog.SlaDocument document : rules.book().documents()) {
            for (cn.slaportal.core.version.VersionedRules version : rules.book().versions(document)) {
                version.rules().levels().forEach(level -> names.put(level.slug().value(), level.name()));
            }
        }
        return names;
    }

    @Transactional
    public Outcome<Organisation> createOrganisation(String typedName, String admin) {
        FieldErrors errors = new FieldErrors();
        String name = FormText.clean(typedName, 201);
        if (name.isEmpty() || name.length() > 200) {
            errors.reject("name", "organisation.form.error.name");
        } else if (accounts.organisationNamed(name).isPresent()) {
            errors.reject("name", "organisation.form.error.name-taken", name);
        }
        if (!errors.isEmpty()) {
            return new Outcome<>(Optional.empty(), errors);
        }
        Organisation created = accounts.createOrganisation(name, clock.instant());
        audit.record(admin, "organisation.create", "organisation", Long.toString(created.id()), Optional.empty(),
                Optional.of("name=" + name));
        return new Outcome<>(Optional.of(created), errors);
    }

    @Transactional
    public Outcome<Subscription> createTerm(long organisationId, TermForm form, String admin) {
        FieldErrors errors = new FieldErrors();
        Set<String> known = levels().stream().map(level -> level.slug().value()).collect(Collectors.toSet());
        Optional<NewSubscription> term = form.toTerm(organisationId, known, errors);
        if (term.isEmpty()) {
            return new Outcome<>(Optional.empty(), errors);
        }
        Subscription created = subscriptions.create(term.get(), clock.instant());
        audit.record(admin, "subscription.create", "subscription", Long.toString(created.id()), Optional.empty(),
                Optional.of(summary(created)));
        return new Outcome<>(Optional.of(created), errors);
    }

    @Transactional
    public Outcome<Subscription> renew(Subscription term, RenewalForm form, String admin) {
        FieldErrors errors = new FieldErrors();
        if (subscriptions.renewalOf(term.id()).isPresent()) {
            errors.reject("termEnd", "organisation.renewal.error.renewed");
        }
        Optional<LocalDate> end = FormText.day("termEnd", form.termEnd(), errors);
        if (end.isPresent() && !end.get().isAfter(term.termEnd().plusDays(1))) {
            errors.reject("termEnd", "organisation.renewal.error.end", term.termEnd().plusDays(1).toString());
        }
        Optional<Money> fee = FormText.money("monthlyFee", form.monthlyFee(), true, errors);
        if (!errors.isEmpty()) {
            return new Outcome<>(Optional.empty(), errors);
        }
        Subscription renewal = subscriptions.renew(term.id(), end.get(), fee.get(), clock.instant());
        audit.record(admin, "subscription.renew", "subscription", Long.toString(renewal.id()),
                Optional.of(summary(term)), Optional.of(summary(renewal)));
        return new Outcome<>(Optional.of(renewal), errors);
    }

    /** @throws ConcurrentChangeException when the account changed after the administrator read it */
    @Transactional
    public UserAccount setEnabled(UserAccount user, long expectedRowVersion, boolean enabled, String admin) {
        UserAccount changed;
        try {
            changed = accounts.setEnabled(user.id(), expectedRowVersion, enabled);
        } catch (ObjectOptimisticLockingFailureException stale) {
            throw new ConcurrentChangeException("admin.conflict.user", "/admin/organisations/"
                    + user.organisationId().map(String::valueOf).orElse(""), user.email());
        }
        audit.record(admin, enabled ? "user.enable" : "user.disable", "user", user.email(),
                Optional.of("enabled=" + user.enabled()), Optional.of("enabled=" + enabled));
        return changed;
    }

    private static String summary(Subscription term) {
        return "organisation=" + term.organisationId() + " level=" + term.serviceLevel().value() + " term="
                + term.termStart() + ".." + term.termEnd() + " billingDay=" + term.billingDay().value() + " fee="
                + term.monthlyFee().plain() + term.suitePriceShare().map(share -> " suiteShare=" + share.plain()).orElse("")
                + term.reseller().map(r -> " reseller=" + r.name() + " retail=" + r.estimatedRetailPrice().plain())
                        .orElse("")
                + term.renews().map(previous -> " renews=" + previous).orElse("");
    }
}
