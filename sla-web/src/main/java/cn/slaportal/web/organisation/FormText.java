package cn.slaportal.web.organisation;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.billing.Money;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.credit.FilterFields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parsing of typed form values shared by this package's forms; each refusal is a field error with a message key. */
final class FormText {

    private FormText() {
    }

    static String clean(String value, int limit) {
        return FilterFields.clean(value, limit);
    }

    static Optional<LocalDate> day(String field, String value, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.reject(field, "organisation.form.error.day-required");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            errors.reject(field, "organisation.form.error.day");
            return Optional.empty();
        }
    }

    /** An amount in CNY with at most two decimals; empty and not refused when optional and not given. */
    static Optional<Money> money(String field, String value, boolean required, FieldErrors errors) {
        if (value.isEmpty()) {
            if (required) {
                errors.reject(field, "organisation.form.error.amount-required");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(Money.cny(value.replace(",", "")));
        } catch (SlaRuleViolation invalid) {
            errors.reject(field, "organisation.form.error.amount");
            return Optional.empty();
        }
    }
}
