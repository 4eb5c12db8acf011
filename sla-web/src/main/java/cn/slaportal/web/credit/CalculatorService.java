package cn.slaportal.web.credit;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.availability.EvaluationWindow;
import cn.slaportal.core.availability.ResourceAvailability;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.credit.CreditTier;
import cn.slaportal.core.uptime.UptimeMethod;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.web.availability.ProbeLogResult;
import cn.slaportal.web.availability.ProbeLogService;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.locale.LocalizedFormats;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The calculator page's application service. It validates the form, then asks the same services as the JSON
 * API — {@link CreditEstimator} for uptime and credit (rules of the version in force on the first day of the
 * billing month), {@link ProbeLogService} for a probe log, the deadline rule of the version in force on the
 * incident day — and draws the pictures. It computes no SLA rule itself: per-day unavailable minutes come from
 * the evaluator's minute listener. The levels offered are those of the versions in force today.
 */
@Service
class CalculatorService {

    /** The outcome: either errors by field, or a result. */
    record Outcome(FieldErrors errors, CalculatorResult result) {
    }

    private final PublishedRules rules;
    private final CreditEstimator estimator;
    private final ProbeLogService probeLogs;
    private final MessageSource messages;
    private final LocalizedFormats formats;

    CalculatorService(PublishedRules rules, CreditEstimator estimator, ProbeLogService probeLogs,
            MessageSource messages, LocalizedFormats formats) {
        this.rules = rules;
        this.estimator = estimator;
        this.probeLogs = probeLogs;
        this.messages = messages;
        this.formats = formats;
    }

    List<ServiceLevel> levels() {
        return rules.book().catalogOn(rules.today()).all();
    }

    Optional<ServiceLevel> level(String slug) {
        return slug == null || slug.isBlank() ? Optional.empty() : rules.book().catalogOn(rules.today()).find(slug);
    }

    Outcome calculate(CalculatorForm form, MultipartFile probeLog, Locale locale) {
        FieldErrors errors = new FieldErrors();
        Optional<ServiceLevel> level = level(form.serviceLevel());
        if (level.isEmpty()) {
            errors.reject("serviceLevel", "calculator.error.service-level");
        }
        Optional<YearMonth> month = CalculatorInputs.month(form, errors);
        Optional<BigDecimal> fee = CalculatorInputs.fee(form, errors);
        Optional<Integer> billingDay = CalculatorInputs.billingDay(form, errors);
        Optional<LocalDate> incident = CalculatorInputs.incidentDate(form, errors);
        boolean withLog = probeLog != null && !probeLog.isEmpty();
        if (level.isEmpty() || month.isEmpty() || !errors.isEmpty()) {
            if (level.isPresent() && !withLog) {
                CalculatorInputs.request(level.get(), YearMonth.of(2000, 1), null, BigDecimal.ZERO, form, errors);
            }
            return new Outcome(errors, null);
        }
        ServiceLevel chosen = level.get();
        BillingMonth billingMonth = new BillingMonth(month.get(),
                billingDay.map(BillingDay::new).orElse(BillingDay.CALENDAR));
        ProbeLogResult log = null;
        Map<LocalDate, Long> perDay = new TreeMap<>();
        CreditEstimateRequest request;
        if (withLog) {
            if (chosen.uptimeMethod() != UptimeMethod.DEPLOYMENT_MINUTES) {
                errors.reject("probeLog", "calculator.error.log-not-for-level");
                return new Outcome(errors, null);
            }
            log = evaluate(probeLog, billingMonth, perDay, errors);
            if (log == null) {
                return new Outcome(errors, null);
            }
            List<CreditEstimateRequest.Resource> resources = new ArrayList<>();
            for (ResourceAvailability resource : log.resources()) {
                resources.add(new CreditEstimateRequest.Resource(resource.name(), billingMonth.minutes(),
                        resource.unavailableMinutes()));
            }
            request = new CreditEstimateRequest(chosen.slug().value(), month.get(), billingDay.orElse(null), fee.get(),
                    null, resources, null, null, null, null, null, null);
        } else {
            request = CalculatorInputs.request(chosen, month.get(), billingDay.orElse(null), fee.get(), form, errors);
            if (!errors.isEmpty()) {
                return new Outcome(errors, null);
            }
        }
        CreditEstimate estimate;
        try {
            estimate = estimator.estimate(request);
        } catch (SlaRuleViolation violation) {
            errors.reject(fieldOf(violation, chosen.uptimeMethod(), withLog), violation.code(),
                    violation.arguments().toArray());
            return new Outcome(errors, null);
        }
        AppliedLevel deadlineRules = null;
        if (incident.isPresent()) {
            try {
                deadlineRules = rules.book().levelOn(chosen.slug().value(), incident.get());
            } catch (SlaRuleViolation violation) {
                errors.reject("incidentDate", violation.code(), violation.arguments().toArray());
                return new Outcome(errors, null);
            }
        }
        LocalDate deadline = deadlineRules == null ? null : deadlineRules.level().deadlineRule()
                .deadlineFor(incident.get(), billingDay.map(BillingDay::new).orElse(BillingDay.CALENDAR)).lastDay();
        List<CalculatorResult.DayMinutes> outageDays = perDay.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> new CalculatorResult.DayMinutes(entry.getKey(), entry.getValue())).toList();
        String grid = log == null ? null : monthGrid(billingMonth, perDay, locale);
        ServiceLevel applied = estimate.serviceLevel();
        CalculatorResult.RulesUsed rulesUsed = new CalculatorResult.RulesUsed(estimate.applied().version().number(),
                rules.title(estimate.applied()),
                deadlineRules == null ? null : deadlineRules.version().number(),
                deadlineRules == null ? null : rules.title(deadlineRules));
        return new Outcome(errors, new CalculatorResult(applied, estimate, deadline, tierRows(applied, estimate, locale),
                tierBar(applied, estimate, locale), log, grid, outageDays, rulesUsed));
    }

    private ProbeLogResult evaluate(MultipartFile file, BillingMonth month, Map<LocalDate, Long> perDay,
            FieldErrors errors) {
        EvaluationWindow window = EvaluationWindow.ofDates(month.firstDay(), month.lastDay());
        try (InputStream in = file.getInputStream()) {
            ProbeLogResult result = probeLogs.evaluate(in, window, (resource, minute, unavailable) -> {
                if (unavailable) {
                    perDay.merge(LocalDate.ofEpochDay(Math.floorDiv(minute, 1440)), 1L, Long::sum);
                }
            });
            if (result.resources().isEmpty()) {
                errors.reject("probeLog", "calculator.error.log-no-minutes", result.rejectedLineCount());
                errors.showRejectedLines(result.rejectedLines());
                return null;
            }
            return result;
        } catch (SlaRuleViolation violation) {
            errors.reject("probeLog", violation.code(), violation.arguments().toArray());
            return null;
        } catch (IOException e) {
            errors.reject("probeLog", "calculator.error.log-unreadable");
            return null;
        }
    }

    /** Which field a refusal of sla-core or the estimator belongs next to. */
    static String fieldOf(SlaRuleViolation violation, UptimeMethod method, boolean withLog) {
        if (withLog) {
            return "probeLog";
        }
        String code = violation.code();
        if (code.startsWith("money.") || code.startsWith("credit.error.fee")) {
            return "monthlyFee";
        }
        if (code.startsWith("billing.")) {
            return "billingDay";
        }
        if (code.startsWith("uptime.error.") || code.startsWith("credit.error.")) {
            return switch (method) {
                case DEPLOYMENT_MINUTES -> "resources";
                case USER_MINUTES -> code.contains("user") ? "users" : "downtimeUserMinutes";
                case TENANT_MINUTES -> code.contains("no-available") ? "deployedMinutes" : "downtimeMinutes";
            };
        }
        return "";
    }

    private static List<CreditTier> ascending(ServiceLevel level) {
        return level.creditSchedule().tiers().stream().sorted(Comparator.comparing(CreditTier::below)).toList();
    }

    private List<String> rangeLabels(List<CreditTier> tiers, Locale locale) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i <= tiers.size(); i++) {
            if (i == 0) {
                labels.add(message("calculator.bar.range.below", locale, tiers.get(0).belowPlain()));
            } else if (i == tiers.size()) {
                labels.add(message("calculator.bar.range.atleast", locale, tiers.get(i - 1).belowPlain()));
            } else {
                labels.add(message("calculator.bar.range.between", locale, tiers.get(i - 1).belowPlain(),
                        tiers.get(i).belowPlain()));
            }
        }
        return labels;
    }

    private List<String> creditLabels(List<CreditTier> tiers, Locale locale) {
        List<String> labels = new ArrayList<>();
        for (CreditTier tier : tiers) {
            labels.add(message("calculator.bar.credit", locale, tier.creditPercent().plain()));
        }
        labels.add(message("calculator.bar.credit.none", locale));
        return labels;
    }

    private List<CalculatorResult.TierRow> tierRows(ServiceLevel level, CreditEstimate estimate, Locale locale) {
        List<CreditTier> tiers = ascending(level);
        List<String> ranges = rangeLabels(tiers, locale);
        int current = TierBarSvg.bandIndex(tiers.stream().map(CreditTier::below).toList(),
                estimate.credit().uptime().value());
        List<CalculatorResult.TierRow> rows = new ArrayList<>();
        for (int i = ranges.size() - 1; i >= 0; i--) {
            String credit = i < tiers.size() ? tiers.get(i).creditPercent().plain() : "0";
            rows.add(new CalculatorResult.TierRow(ranges.get(i), credit, i == current));
        }
        return rows;
    }

    private String tierBar(ServiceLevel level, CreditEstimate estimate, Locale locale) {
        List<CreditTier> tiers = ascending(level);
        List<String> ranges = rangeLabels(tiers, locale);
        List<String> credits = creditLabels(tiers, locale);
        List<TierBarSvg.Band> bands = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            bands.add(new TierBarSvg.Band(ranges.get(i), credits.get(i)));
        }
        String uptime = estimate.credit().uptime().displayed();
        String tier = estimate.credit().tier()
                .map(t -> message("calculator.bar.desc.tier", locale, t.belowPlain(), t.creditPercent().plain()))
                .orElseGet(() -> message("calculator.bar.desc.none", locale));
        TierBarSvg.Labels labels = new TierBarSvg.Labels(
                message("calculator.bar.title", locale, level.name().in(locale)),
                message("calculator.bar.desc", locale, uptime, tier),
                message("calculator.bar.marker", locale, uptime), message("calculator.bar.current", locale));
        return TierBarSvg.render(tiers.stream().map(CreditTier::below).toList(), bands,
                estimate.credit().uptime().value(), labels, "tier-bar");
    }

    private String monthGrid(BillingMonth month, Map<LocalDate, Long> perDay, Locale locale) {
        List<String> weekdays = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekdays.add(day.getDisplayName(TextStyle.SHORT, locale));
        }
        List<String> levels = new ArrayList<>();
        for (int level = 0; level <= MonthGridSvg.LEVEL_LIMITS.length; level++) {
            levels.add(message("calculator.grid.level." + level, locale));
        }
        long total = perDay.values().stream().mapToLong(Long::longValue).sum();
        long days = perDay.values().stream().filter(minutes -> minutes > 0).count();
        String first = formats.date(month.firstDay());
        String last = formats.date(month.lastDay());
        MonthGridSvg.Labels labels = new MonthGridSvg.Labels(message("calculator.grid.title", locale, first, last),
                message("calculator.grid.desc", locale, first, last, days, total), weekdays,
                message("calculator.grid.legend", locale), levels,
                (day, minutes) -> message("calculator.grid.cell", locale, formats.date(day), minutes));
        return MonthGridSvg.render(month.firstDay(), month.lastDay(), perDay, labels, "month-grid");
    }

    private String message(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
