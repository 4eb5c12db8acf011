package cn.slaportal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** Every kind of refusal, in English and in Chinese, through real HTTP: JSON, the right status, never a trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorsIT {

    private static final String ESTIMATE = "/api/v1/credits/estimate";
    private static final String RELAY = "\"serviceLevel\":\"service-bus-relays\",\"month\":\"2026-01\",\"monthlyFee\":\"1000.00\"";
    private static final String ONE_RESOURCE = "\"resources\":[{\"name\":\"r\",\"deployedMinutes\":\"44640\",\"downtimeMinutes\":\"45\"}]";

    @LocalServerPort
    private int port;

    @Autowired
    private MessageSource messages;

    private ApiClient.Answer postEstimate(String body, String language) {
        return new ApiClient(port).postJson(ESTIMATE, body, language);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | {"serviceLevel":                                     | api.error.malformed-json
            zh-CN | {"serviceLevel":                                     | api.error.malformed-json
            en    | [1,2,3]                                              | api.error.malformed-json
            en    | {"month":"2026-01","monthlyFee":"1"}                 | api.error.missing-field
            zh-CN | {"month":"2026-01","monthlyFee":"1"}                 | api.error.missing-field
            en    | {"serviceLevel":"service-bus-relays","month":202601,"monthlyFee":"1"} | api.error.wrong-type
            zh-CN | {"serviceLevel":"service-bus-relays","month":202601,"monthlyFee":"1"} | api.error.wrong-type
            en    | {"serviceLevel":"no-such-level","month":"2026-01","monthlyFee":"1"}   | catalog.error.unknown-service-level
            zh-CN | {"serviceLevel":"no-such-level","month":"2026-01","monthlyFee":"1"}   | catalog.error.unknown-service-level
            en    | {"serviceLevel":"service-bus-relays","month":"2026-13","monthlyFee":"1"} | api.error.bad-month
            zh-CN | {"serviceLevel":"service-bus-relays","month":"2026-13","monthlyFee":"1"} | api.error.bad-month
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"12,5"} | api.error.bad-number
            zh-CN | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"12,5"} | api.error.bad-number
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1.005"} | money.error.too-many-decimals
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"-1.00"} | money.error.negative
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"10000000000000000"} | money.error.too-large
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1","users":"5"} | credit.error.input-not-for-method
            zh-CN | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1","users":"5"} | credit.error.input-not-for-method
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1"} | credit.error.missing-input
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1","resources":[{"deployedMinutes":"99999999999999999999","downtimeMinutes":"0"}]} | api.error.too-large
            zh-CN | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1","resources":[{"deployedMinutes":"99999999999999999999","downtimeMinutes":"0"}]} | api.error.too-large
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1","resources":[{"deployedMinutes":"44641","downtimeMinutes":"0"}]} | uptime.error.deployed-exceeds-month
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1","resources":[{"deployedMinutes":"100","downtimeMinutes":"101"}]} | uptime.error.downtime-exceeds-available
            zh-CN | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1","resources":[{"deployedMinutes":"0","downtimeMinutes":"0"}]} | uptime.error.no-available-minutes
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1","resources":[{"deployedMinutes":"-5","downtimeMinutes":"0"}]} | uptime.error.negative-minutes
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1","resources":"many"} | api.error.wrong-type
            en    | {"serviceLevel":"dynamics-365-sales-professional","month":"2026-01","monthlyFee":"1","users":"0","downtimeUserMinutes":"0"} | uptime.error.no-users
            zh-CN | {"serviceLevel":"dynamics-365-sales-professional","month":"2026-01","monthlyFee":"1","users":"0","downtimeUserMinutes":"0"} | uptime.error.no-users
            en    | {"serviceLevel":"dynamics-365-sales-professional","month":"2026-02","monthlyFee":"1","users":"3","scheduledDowntimeMinutes":"40321","scheduledDowntimeNoticeDays":"9","downtimeUserMinutes":"0"} | uptime.error.scheduled-exceeds-month
            en    | {"serviceLevel":"dynamics-365-sales-professional","month":"2026-02","monthlyFee":"1","users":"1.5","downtimeUserMinutes":"0"} | api.error.bad-number
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1","billingDay":"31","resources":[{"deployedMinutes":"1","downtimeMinutes":"0"}]} | billing.error.billing-day-out-of-range
            en    | {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1","feeBasis":"GIFT"} | api.error.bad-value
            """)
    void badEstimateInputIsRefusedWith400InTheCallersLanguage(String language, String body, String code) {
        ApiClient.Answer answer = postEstimate(body, language);
        assertRefusal(answer, 400, code, language);
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertRefusal(postEstimate("", "en"), 400, "api.error.missing-body", "en");
    }

    @ParameterizedTest
    @CsvSource({"en", "zh-CN"})
    void anUnsupportedMediaTypeIsRefusedWith415(String language) {
        assertRefusal(new ApiClient(port).post(ESTIMATE, "text/plain", "{" + RELAY + "," + ONE_RESOURCE + "}",
                language), 415, "api.error.unsupported-media-type", language);
        assertRefusal(new ApiClient(port).post("/api/v1/availability", "application/json", "{}", language), 415,
                "api.error.unsupported-media-type", language);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | /api/v1/claims/deadline?incidentDate=2026-02-15                               | api.error.missing-parameter
            zh-CN | /api/v1/claims/deadline?serviceLevel=service-bus-relays                       | api.error.missing-parameter
            en    | /api/v1/claims/deadline?serviceLevel=service-bus-relays&incidentDate=2026-02-30 | api.error.bad-date
            zh-CN | /api/v1/claims/deadline?serviceLevel=service-bus-relays&incidentDate=15.02.2026 | api.error.bad-date
            en    | /api/v1/claims/deadline?serviceLevel=nope&incidentDate=2026-02-15            | catalog.error.unknown-service-level
            zh-CN | /api/v1/claims/deadline?serviceLevel=service-bus-relays&incidentDate=2026-02-15&billingDay=29 | billing.error.billing-day-out-of-range
            en    | /api/v1/claims/deadline?serviceLevel=service-bus-relays&incidentDate=2026-02-15&billingDay=x | api.error.bad-number
            """)
    void badDeadlineQueriesAreRefused(String language, String path, String code) {
        assertRefusal(new ApiClient(port).get(path, language), 400, code, language);
    }

    @ParameterizedTest
    @CsvSource({"en", "zh-CN"})
    void unknownApiAddressesAnswerJson404(String language) {
        assertRefusal(new ApiClient(port).get("/api/v1/no-such-thing", language), 404, "api.error.not-found", language);
        assertRefusal(new ApiClient(port).send("POST", "/api/v1/v2/service-levels", language), 404,
                "api.error.not-found", language);
    }

    @ParameterizedTest
    @CsvSource({"en", "zh-CN"})
    void aKnownAddressWithAnotherMethodAnswersJson405(String language) {
        assertRefusal(new ApiClient(port).send("DELETE", "/api/v1/service-levels", language), 405,
                "api.error.method-not-allowed", language);
        assertRefusal(new ApiClient(port).get(ESTIMATE, language), 405, "api.error.method-not-allowed", language);
    }

    @Test
    void anAcceptHeaderWithoutJsonGets406InJsonNeverA500() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/service-levels")).header("Accept", "text/plain").header("Accept-Language", "en")
                        .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("\"code\":\"api.error.not-acceptable\"");
        java.net.http.HttpResponse<String> refusal = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/v1/claims/deadline?serviceLevel=nope&incidentDate=2026-02-15"))
                        .header("Accept", "text/html").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(refusal.statusCode()).isEqualTo(400);
        assertThat(refusal.body()).contains("catalog.error.unknown-service-level");
    }

    @Test
    void withoutAcceptLanguageTheMessageIsChinese() {
        ApiClient.Answer answer = postEstimate("{\"serviceLevel\":", null);
        assertRefusal(answer, 400, "api.error.malformed-json", "zh-CN");
    }

    @Test
    void messagesAreTheBundlesTexts() {
        ApiClient.Answer english = postEstimate("{\"serviceLevel\":", "en");
        assertThat(english.errorMessage()).isEqualTo("The request body is not valid JSON.");
        ApiClient.Answer chinese = postEstimate("{\"serviceLevel\":", "zh-CN");
        assertThat(chinese.errorMessage()).isEqualTo("请求正文不是有效的 JSON。");
        ApiClient.Answer missing = postEstimate("{\"month\":\"2026-01\",\"monthlyFee\":\"1\"}", "en");
        assertThat(missing.errorMessage()).isEqualTo("The field serviceLevel is required.");
    }

    private void assertRefusal(ApiClient.Answer answer, int status, String code, String language) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.errorCode()).isEqualTo(code);
        String message = answer.errorMessage();
        assertThat(message).isNotBlank().doesNotContain("{0}").doesNotContain("Exception");
        assertThat(answer.body()).doesNotContain("\tat ").doesNotContain("trace");
        Locale locale = Locale.forLanguageTag(language);
        String template = messages.getMessage(code, null, locale);
        assertThat(template).isNotBlank();
        if (language.equals("zh-CN")) {
            assertThat(message).containsPattern("\\p{IsHan}");
        } else {
            assertThat(message).doesNotContainPattern("\\p{IsHan}");
        }
    }
}
