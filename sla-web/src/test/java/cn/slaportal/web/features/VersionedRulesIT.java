package cn.slaportal.web.features;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.MovableClock;
import cn.slaportal.web.api.ApiClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo profile with the clock fixed at 2026-03-01: the demo's service-bus v2 (one-month claim period, adverse)
 * takes effect 120 days later, on 2026-06-29. The deadline API, the estimate API and the calculator use the
 * version in force on the incident day / the first day of the billing month, and say which.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(MovableClock.Configuration.class)
class VersionedRulesIT {

    @LocalServerPort
    private int port;

    @Autowired
    private MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.moveTo(MovableClock.START);
    }

    @ParameterizedTest(name = "incident {1} on {0}: version {2}, deadline {3}")
    @CsvSource({"service-bus-relays, 2026-06-28, 1, 2026-08-31, 2", "service-bus-relays, 2026-06-29, 2, 2026-07-31, 1",
            "service-bus-queues-topics, 2026-07-10, 2, 2026-08-31, 1", "service-bus-queues-topics, 2026-03-10, 1, 2026-05-31, 2",
            "dynamics-365-sales-enterprise, 2026-07-10, 1, 2026-08-31, 1"})
    void theDeadlineFollowsTheVersionInForceOnTheIncidentDay(String level, String incident, int version,
            String deadline, int months) {
        ApiClient.Answer answer = new ApiClient(port).get("/api/v1/claims/deadline?serviceLevel=" + level
                + "&incidentDate=" + incident, "en");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("version").asInt()).isEqualTo(version);
        assertThat(answer.json().get("document").asString()).isEqualTo(level.split("-")[0].equals("dynamics")
                ? "dynamics-365" : "service-bus");
        assertThat(answer.json().get("deadline").asString()).isEqualTo(deadline);
        assertThat(answer.json().get("deadlineMonths").asInt()).isEqualTo(months);
    }

    @ParameterizedTest(name = "billing month {0} (billing day {1}): version {2}")
    @CsvSource({"2026-06, 1, 1", "2026-07, 1, 2", "2026-06, 28, 1", "2026-07, 28, 2", "2026-05, 28, 1"})
    void anEstimateFollowsTheVersionInForceOnTheFirstDayOfTheBillingMonth(String month, String billingDay,
            int version) throws Exception {
        HttpPages http = new HttpPages(port);
        HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(http.uri("/api/v1/credits/estimate"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"serviceLevel\":\"service-bus-relays\",\"month\":\"" + month + "\",\"billingDay\":"
                                + billingDay + ",\"monthlyFee\":\"1000.00\",\"resources\":[{\"name\":\"relay\","
                                + "\"deployedMinutes\":40000,\"downtimeMinutes\":41}]}")).build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"document\":\"service-bus\"").contains("\"version\":" + version);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | Computed under version 2 of the SLA for Service Bus.
            zh-CN | 按服务总线服务级别协议第 2 版计算。""")
    void theCalculatorNamesTheVersionItComputedUnderAndGivesItsDeadline(String language, String sentence)
            throws Exception {
        HttpResponse<String> after = calculate(language, "2026-07", "2026-07-10");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(text(after.body(), "result-version")).isEqualTo(sentence);
        assertThat(text(after.body(), "result-deadline")).startsWith(language.equals("en") ? "31 Aug 2026" : "2026年8月31日");

        HttpResponse<String> before = calculate(language, "2026-06", "2026-06-10");
        assertThat(text(before.body(), "result-version")).isEqualTo(sentence.replace("2", "1"));
        assertThat(text(before.body(), "result-deadline")).startsWith(language.equals("en") ? "31 Aug 2026" : "2026年8月31日");
    }

    @Test
    void aDeadlineUnderAnotherVersionThanTheEstimateIsNamed() throws Exception {
        HttpResponse<String> page = calculate("en", "2026-06", "2026-06-30");
        assertThat(text(page.body(), "result-version")).isEqualTo("Computed under version 1 of the SLA for Service Bus.");
        assertThat(text(page.body(), "result-deadline-version")).isEqualTo("The claim deadline follows version 2 of the"
                + " SLA for Service Bus, in force on the incident day.");
    }

    @Test
    void onceVersion2IsInForceTheCatalogueShowsItsOneMonthDeadline() {
        JsonNode before = relays(new ApiClient(port).get("/api/v1/service-levels", null).json());
        assertThat(before.get("version").asInt()).isEqualTo(1);
        assertThat(before.get("deadlineMonths").asInt()).isEqualTo(2);

        clock.advance(Duration.ofDays(130));

        JsonNode after = relays(new ApiClient(port).get("/api/v1/service-levels", null).json());
        assertThat(after.get("version").asInt()).isEqualTo(2);
        assertThat(after.get("deadlineRule").asString()).isEqualTo("BILLING_MONTHS");
        assertThat(after.get("deadlineMonths").asInt()).isEqualTo(1);
    }

    private static JsonNode relays(JsonNode levels) {
        for (JsonNode level : levels) {
            if (level.get("slug").asString().equals("service-bus-relays")) {
                return level;
            }
        }
        throw new AssertionError("no service-bus-relays in " + levels);
    }

    private HttpResponse<String> calculate(String language, String month, String incident) throws Exception {
        FormSession session = new FormSession(new HttpPages(port));
        session.open("/calculator?lang=" + language);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("serviceLevel", List.of("service-bus-relays"));
        fields.put("month", List.of(month));
        fields.put("monthlyFee", List.of("1000.00"));
        fields.put("resourceName", List.of("relay-1", "", ""));
        fields.put("resourceDeployed", List.of("40000", "", ""));
        fields.put("resourceDowntime", List.of("41", "", ""));
        fields.put("incidentDate", List.of(incident));
        fields.put("billingDay", List.of(""));
        fields.put("action", List.of("calculate"));
        return session.postMultipart("/calculator", fields, null, null);
    }

    private static String text(String html, String id) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }
}
