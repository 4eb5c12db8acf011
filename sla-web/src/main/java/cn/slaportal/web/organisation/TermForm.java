package cn.slaportal.web.organisation;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.persistence.subscription.NewSubscription;
import cn.slaportal.persistence.subscription.Reseller;
import cn.slaportal.web.credit.FieldErrors;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A new subscription term exactly as typed: service level, first and last day, billing day (1-28), monthly fee,
 * and optionally the suite price share or a reseller with the estimated retail price (CNY).
 */
public record TermForm(String serviceLevel, String termStart, String termEnd, String billingDay, String monthlyFee,
                       String suitePriceShare, String resellerName, String retailPrice) {

    public TermForm {
        serviceLevel = FormText.clean(serviceLevel, 100);
        termStart = FormText.clean(termStart, 20);
        termEnd = FormText.clean(termEnd, 20);
        billingDay = FormText.clean(billingDay, 10);
        monthlyFee = FormText.clean(monthlyFee, 30);
        suitePriceShare = FormText.clean(suitePriceShare, 30);
        resellerName = FormText.clean(resellerName, 201);
        retailPrice = FormText.clean(retailPrice, 30);
    }

    static TermForm blank() {
        return new TermForm("", "", "", "1", "", "", "", "");
    }

    Optional<NewSubscription> toTerm(long organisationId, Set<String> knownLevels, FieldErrors errors) {
        if (!knownLevels.contains(serviceLevel)) {
            errors.reject("serviceLevel", "organisation.term.error.level");
        }
        Optional<LocalDate> start = FormText.day("termStart", termStart, errors);
        Optional<LocalDate> end = FormText.day("termEnd", termEnd, errors);
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            errors.reject("termEnd", "organisation.term.error.end-before-start");
        }
        Optional<BillingDay> day = billingDay(errors);
        Optional<Money> fee = FormText.money("monthlyFee", monthlyFee, true, errors);
        Optional<Money> share = FormText.money("suitePriceShare", suitePriceShare, false, errors);
        Optional<Reseller> reseller = Optional.empty();
        if (!resellerName.isEmpty() || !retailPrice.isEmpty()) {
            if (resellerName.isEmpty() || resellerName.length() > 200) {
                errors.reject("resellerName", "organisation.term.error.reseller");
            }
            Optional<Money> retail = FormText.money("retailPrice", retailPrice, true, errors);
            if (!resellerName.isEmpty() && retail.isPresent()) {
                reseller = Optional.of(new Reseller(resellerName, retail.get()));
            }
        }
        if (share.isPresent() && reseller.isPresent()) {
            errors.reject("suitePriceShare", "organisation.term.error.share-and-reseller");
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NewSubscription(organisationId, new ServiceLevelSlug(serviceLevel), start.get(), end.get(),
                day.get(), fee.get(), share, reseller));
    }

    private Optional<BillingDay> billingDay(FieldErrors errors) {
        try {
            return Optional.of(new BillingDay(Integer.parseInt(billingDay)));
        } catch (NumberFormatException | SlaRuleViolation e) {
            errors.reject("billingDay", "organisation.term.error.billing-day");
            return Optional.empty();
        }
    }
}
