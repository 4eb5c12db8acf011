package cn.slaportal.web.credit;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.credit.FeeBasis;
import cn.slaportal.core.credit.ServiceCredit;
import cn.slaportal.web.api.ApiProblem;
import cn.slaportal.web.api.JsonApi;
import cn.slaportal.web.api.JsonFields;
import cn.slaportal.web.catalog.TierJson;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@JsonApi
@RestController
class CreditEstimateApiController {

    private final CreditEstimator estimator;

    CreditEstimateApiController(CreditEstimator estimator) {
        this.estimator = estimator;
    }

    @PostMapping("/api/v1/credits/estimate")
    EstimateJson estimate(@RequestBody(required = false) Map<String, Object> body) {
        return EstimateJson.of(estimator.estimate(request(JsonFields.of(body))));
    }

    static CreditEstimateRequest request(JsonFields body) {
        List<JsonFields> resources = body.objects("resources", CreditEstimator.MAXIMUM_RESOURCES);
        return new CreditEstimateRequest(body.requiredText("serviceLevel"), required(body, "month"),
                billingDay(body), requiredFee(body), feeBasis(body),
                resources == null ? null : resources.stream()
                        .map(resource -> new CreditEstimateRequest.Resource(resource.text("name"),
                                resource.wholeNumber("deployedMinutes"), resource.wholeNumber("downtimeMinutes")))
                        .toList(),
                body.wholeNumber("users"), body.wholeNumber("scheduledDowntimeMinutes"),
                body.wholeNumber("scheduledDowntimeNoticeDays"), body.wholeNumber("downtimeUserMinutes"),
                body.wholeNumber("deployedMinutes"), body.wholeNumber("downtimeMinutes"));
    }

    private static YearMonth required(JsonFields body, String field) {
        YearMonth month = body.yearMonth(field);
        if (month == null) {
            throw ApiProblem.badRequest("api.error.missing-field", field);
        }
        return month;
    }

    private static BigDecimal requiredFee(JsonFields body) {
        BigDecimal fee = body.decimal("monthlyFee");
        if (fee == null) {
            throw ApiProblem.badRequest("api.error.missing-field", "monthlyFee");
        }
        return fee;
    }

    private static Integer billingDay(JsonFields body) {
        Long day = body.wholeNumber("billingDay");
        if (day == null) {
            return null;
        }
        if (day < Integer.MIN_VALUE || day > Integer.MAX_VALUE) {
            throw ApiProblem.badRequest("api.error.too-large", "billingDay");
        }
        return day.intValue();
    }

    private static FeeBasis feeBasis(JsonFields body) {
        String basis = body.text("feeBasis");
        if (basis == null) {
            return null;
        }
        try {
            return FeeBasis.valueOf(basis);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("api.error.bad-value", "feeBasis");
        }
    }

    /**
     * {@code {"serviceLevel","month","uptimePercent","creditPercent","creditAmount","currency","tier",
     * "availableMinutes","downtimeMinutes","feeBasis","paidThroughReseller","document","version"}}; {@code tier}
     * is the {@link TierJson} that applied or null when the uptime met the Service Level; {@code document} and
     * {@code version} name the version whose rules were applied (in force on the first day of the billing month).
     */
    record EstimateJson(String serviceLevel, String month, String uptimePercent, String creditPercent,
            String creditAmount, String currency, TierJson tier, long availableMinutes, long downtimeMinutes,
            String feeBasis, boolean paidThroughReseller, String document, int version) {

        static EstimateJson of(CreditEstimate estimate) {
            ServiceCredit credit = estimate.credit();
            return new EstimateJson(estimate.serviceLevel().slug().value(), estimate.month().startMonth().toString(),
                    credit.uptime().displayed(), credit.percent().plain(), credit.amount().plain(),
                    Money.CURRENCY, credit.tier().map(TierJson::of).orElse(null),
                    estimate.minutes().availableMinutes(), estimate.minutes().downtimeMinutes(),
                    credit.fee().basis().name(), credit.paidThroughReseller(), estimate.applied().document().slug(),
                    estimate.applied().version().number());
        }
    }
}
