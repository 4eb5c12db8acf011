package cn.slaportal.web.credit;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.core.credit.CreditAssessment;
import cn.slaportal.core.credit.FeeBasis;
import cn.slaportal.core.uptime.Maintenance;
import cn.slaportal.core.uptime.ResourceMinutes;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.core.uptime.UptimeMethod;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.web.catalog.PublishedRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Estimates the Service Credit for one month of one service level under the rules of the version in force on the
 * first day of the billing month: checks that the inputs fit the level's uptime method, then lets sla-core compute
 * uptime and credit. Used by the JSON API and the calculator page. Refusals are {@link SlaRuleViolation}s:
 * {@code catalog.error.unknown-service-level}, {@code catalog.error.level-not-in-version} ({0} level, {1} version),
 * {@code version.error.none-in-force} ({0} document, {1} day),
 * {@code credit.error.missing-input} ({0} field), {@code credit.error.input-not-for-method} ({0} field,
 * {1} method), {@code credit.error.too-many-resources} ({0} limit), and the core's own codes.
 */
@Service
public class CreditEstimator {

    public static final int MAXIMUM_RESOURCES = 10_000;

    private final PublishedRules rules;

    CreditEstimator(PublishedRules rules) {
        this.rules = rules;
    }

    public CreditEstimate estimate(CreditEstimateRequest request) {
        if (request.serviceLevel() == null || request.serviceLevel().isBlank()) {
            throw new SlaRuleViolation("credit.error.missing-input", "serviceLevel");
        }
        rules.book().knownLevel(request.serviceLevel());
        if (request.month() == null) {
            throw new SlaRuleViolation("credit.error.missing-input", "month");
        }
        if (request.monthlyFee() == null) {
            throw new SlaRuleViolation("credit.error.missing-input", "monthlyFee");
        }
        BillingDay billingDay = request.billingDay() == null ? BillingDay.CALENDAR : new BillingDay(request.billingDay());
        BillingMonth month = new BillingMonth(request.month(), billingDay);
        AppliedLevel applied = rules.book().forBillingMonth(request.serviceLevel(), month);
        ServiceLevel level = applied.level();
        FeeBasis basis = request.feeBasis() == null ? FeeBasis.MONTHLY_FEE : request.feeBasis();
        ApplicableFee fee = new ApplicableFee(new Money(request.monthlyFee()), basis);
        UptimeInput input = input(level.uptimeMethod(), request);
        CreditAssessment assessment = level.assess(month, input, fee);
        return new CreditEstimate(applied, month, assessment.minutes(), assessment.credit());
    }

    private static UptimeInput input(UptimeMethod method, CreditEstimateRequest request) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("resources", request.resources());
        given.put("users", request.users());
        given.put("scheduledDowntimeMinutes", request.scheduledDowntimeMinutes());
        given.put("scheduledDowntimeNoticeDays", request.scheduledDowntimeNoticeDays());
        given.put("downtimeUserMinutes", request.downtimeUserMinutes());
        given.put("deployedMinutes", request.deployedMinutes());
        given.put("downtimeMinutes", request.downtimeMinutes());
        List<String> allowed = switch (method) {
            case DEPLOYMENT_MINUTES -> List.of("resources");
            case USER_MINUTES -> List.of("users", "scheduledDowntimeMinutes", "scheduledDowntimeNoticeDays",
                    "downtimeUserMinutes");
            case TENANT_MINUTES -> List.of("deployedMinutes", "downtimeMinutes", "scheduledDowntimeMinutes",
                    "scheduledDowntimeNoticeDays");
        };
        given.forEach((field, value) -> {
            if (value != null && !allowed.contains(field)) {
                throw new SlaRuleViolation("credit.error.input-not-for-method", field, method.name());
            }
        });
        return switch (method) {
            case DEPLOYMENT_MINUTES -> new UptimeInput.DeploymentMinutes(resources(request.resources()));
            case USER_MINUTES -> new UptimeInput.UserMinutes(required(request.users(), "users"),
                    maintenance(request), required(request.downtimeUserMinutes(), "downtimeUserMinutes"));
            case TENANT_MINUTES -> new UptimeInput.TenantMinutes(required(request.deployedMinutes(), "deployedMinutes"),
                    required(request.downtimeMinutes(), "downtimeMinutes"), maintenance(request));
        };
    }

    private static List<ResourceMinutes> resources(List<CreditEstimateRequest.Resource> resources) {
        if (resources == null || resources.isEmpty()) {
            throw new SlaRuleViolation("credit.error.missing-input", "resources");
        }
        if (resources.size() > MAXIMUM_RESOURCES) {
            throw new SlaRuleViolation("credit.error.too-many-resources", MAXIMUM_RESOURCES);
        }
        List<ResourceMinutes> minutes = new ArrayList<>(resources.size());
        for (int i = 0; i < resources.size(); i++) {
            CreditEstimateRequest.Resource resource = resources.get(i);
            String prefix = "resources[" + i + "].";
            String name = resource.name() == null || resource.name().isBlank() ? "#" + (i + 1) : resource.name();
            minutes.add(new ResourceMinutes(name, required(resource.deployedMinutes(), prefix + "deployedMinutes"),
                    required(resource.downtimeMinutes(), prefix + "downtimeMinutes")));
        }
        return minutes;
    }

    private static List<Maintenance> maintenance(CreditEstimateRequest request) {
        Long minutes = request.scheduledDowntimeMinutes();
        if (minutes == null || minutes == 0) {
            return List.of();
        }
        return List.of(Maintenance.withNoticeDays(minutes,
                required(request.scheduledDowntimeNoticeDays(), "scheduledDowntimeNoticeDays")));
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw new SlaRuleViolation("credit.error.missing-input", field);
        }
        return value;
    }
}
