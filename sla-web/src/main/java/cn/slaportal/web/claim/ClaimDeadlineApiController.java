package cn.slaportal.web.claim;

import cn.slaportal.core.SlaTime;
import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.claim.ClaimDeadline;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.web.api.ApiProblem;
import cn.slaportal.web.api.JsonApi;
import cn.slaportal.web.catalog.PublishedRules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@JsonApi
@RestController
class ClaimDeadlineApiController {

    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,9}");

    private final PublishedRules rules;

    ClaimDeadlineApiController(PublishedRules rules) {
        this.rules = rules;
    }

    /**
     * {@code {"serviceLevel","incidentDate","deadlineRule","deadlineMonths","billingDay","deadline","closesAt",
     * "document","version"}}: the claim must arrive by {@code deadline} (inclusive), i.e. by {@code closesAt} =
     * 23:59:59 Asia/Shanghai of that day, under the rules of {@code version} of {@code document}, the version in
     * force on the incident day.
     */
    @GetMapping("/api/v1/claims/deadline")
    DeadlineJson deadline(@RequestParam(required = false) String serviceLevel,
            @RequestParam(required = false) String incidentDate, @RequestParam(required = false) String billingDay) {
        if (serviceLevel == null || serviceLevel.isBlank()) {
            throw ApiProblem.badRequest("api.error.missing-parameter", "serviceLevel");
        }
        if (incidentDate == null || incidentDate.isBlank()) {
            throw ApiProblem.badRequest("api.error.missing-parameter", "incidentDate");
        }
        rules.book().knownLevel(serviceLevel);
        LocalDate incident = date(incidentDate);
        BillingDay day = billingDay(billingDay);
        AppliedLevel applied = rules.book().levelOn(serviceLevel, incident);
        ClaimDeadline deadline = applied.level().deadlineRule().deadlineFor(incident, day);
        return new DeadlineJson(applied.level().slug().value(), incident.toString(),
                applied.level().deadlineRule().kind().name(), applied.level().deadlineRule().months(), day.value(),
                deadline.lastDay().toString(), deadline.closesAt().atZone(SlaTime.ZONE).toOffsetDateTime().toString(),
                applied.document().slug(), applied.version().number());
    }

    private static LocalDate date(String text) {
        try {
            if (text.length() != 10) {
                throw new DateTimeParseException("length", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("api.error.bad-date", "incidentDate");
        }
    }

    private static BillingDay billingDay(String text) {
        if (text == null || text.isBlank()) {
            return BillingDay.CALENDAR;
        }
        if (!DAY_NUMBER.matcher(text).matches()) {
            throw ApiProblem.badRequest("api.error.bad-number", "billingDay");
        }
        return new BillingDay(Integer.parseInt(text));
    }

    record DeadlineJson(String serviceLevel, String incidentDate, String deadlineRule, int deadlineMonths,
            int billingDay, String deadline, String closesAt, String document, int version) {
    }
}
