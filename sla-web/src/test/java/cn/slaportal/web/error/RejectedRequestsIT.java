package cn.slaportal.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests refused before, or outside of, any controller (issue 8, defects 4, 5, 7 and 9), through raw HTTP:
 * never a 5xx, the portal's own page on pages and {@code {"error":{"code","message"}}} under {@code /api}, in
 * the requested language, and the security headers on every one of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RejectedRequestsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @ParameterizedTest(name = "[{0}] {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | GET  | /api/v1/claims/deadline?serviceLevel=%zz&incidentDate=2026-02-10   | 400 | api.error.bad-encoding
            zh-CN | GET  | /api/v1/claims/deadline?serviceLevel=%zz&incidentDate=2026-02-10   | 400 | api.error.bad-encoding
            en    | GET  | /api/v1/claims/deadline?serviceLevel=%&incidentDate=2026-02-10     | 400 | api.error.bad-encoding
            en    | GET  | /api/v1/claims/deadline?serviceLevel=%FF&incidentDate=2026-02-10   | 400 | api.error.bad-encoding
            zh-CN | GET  | /api/v1/claims/deadline?serviceLevel=%C0%AF&incidentDate=2026-02-10 | 400 | api.error.bad-encoding
            en    | POST | /api/v1/availability?from=%zz                                      | 400 | api.error.bad-encoding
            en    | GET  | /api/v1/service-levels/a%2Fb                                       | 400 | api.error.bad-request
            zh-CN | GET  | /api/v1/service-levels%00                                          | 400 | api.error.bad-request
            en    | GET  | /api/v1/%C0%AF                                                     | 400 | api.error.bad-request
            en    | GET  | /api/v1/service-levels;x=1                                         | 400 | api.error.bad-request
            zh-CN | GET  | /api//v1/service-levels                                            | 400 | api.error.bad-request
            en    | GET  | /api/v1/%2e%2e/service-levels                                      | 400 | api.error.bad-request
            """)
    void apiRefusalsAnswerTheApiErrorBodyInTheCallersLanguage(String language, String method, String target, int status,
                                                              String code) throws Exception {
        RawHttp.Answer answer = new RawHttp(port).send(method, target,
                method.equals("POST") ? "timestamp,resource,outcome,latency_ms\n".getBytes(StandardCharsets.UTF_8) : null,
                "Accept-Language", language, "Accept", "application/json", "Content-Type", "text/csv");

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        JsonNode error = JSON.readTree(answer.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).isEqualTo(messages.getMessage(code, null, Locale.forLanguageTag(language)));
        assertSecurityHeaders(answer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"from=1900-01-01", "to=9999-12-31", "from=1999-12-31T23:59:59%2B08:00", "to=2100-01-01T00:00:01Z"})
    void aProbeLogWindowOutsideTheReadableYearsIsRefused(String query) throws Exception {
        RawHttp.Answer answer = new RawHttp(port).send("POST", "/api/v1/availability?" + query,
                "timestamp,resource,outcome,latency_ms\n".getBytes(StandardCharsets.UTF_8), "Content-Type", "text/csv",
                "Accept-Language", "en");

        assertThat(answer.status()).isEqualTo(400);
        JsonNode error = JSON.readTree(answer.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo("availability.error.window-out-of-range");
        assertThat(error.get("message").asString()).contains("2000").contains("2099");
    }

    @ParameterizedTest(name = "Content-Type {0}")
    @CsvSource({"*/*", "application/*", "*/json"})
    void wildcardContentTypesOnAJsonBodyAnswer415(String contentType) throws Exception {
        RawHttp.Answer answer = new RawHttp(port).send("POST", "/api/v1/credits/estimate",
                "{}".getBytes(StandardCharsets.UTF_8), "Content-Type", contentType, "Accept-Language", "en");

        assertThat(answer.status()).isEqualTo(415);
        assertThat(JSON.readTree(answer.body()).get("error").get("code").asString())
                .isEqualTo("api.error.unsupported-media-type");
        assertSecurityHeaders(answer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"multipart/form-data", "multipart/form-data; boundary=", "multipart/mixed; boundary=x"})
    void anUnreadableMultipartBodyIsRefusedWith400(String contentType) throws Exception {
        RawHttp.Answer answer = new RawHttp(port).send("POST", "/api/v1/credits/estimate",
                "{}".getBytes(StandardCharsets.UTF_8), "Content-Type", contentType, "Accept-Language", "zh-CN");

        assertThat(answer.status()).isBetween(400, 415);
        JsonNode error = JSON.readTree(answer.body()).get("error");
        assertThat(error.get("message").asString()).isEqualTo(messages.getMessage(error.get("code").asString(),
                answer.status() == 415 ? new Object[] {"application/json"} : null, Locale.SIMPLIFIED_CHINESE));
        assertSecurityHeaders(answer);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en    | /sla%2Fservice-bus         | 400
            zh-CN | /sla%2Fservice-bus         | 400
            en    | /sla%00                    | 400
            zh-CN | /%C0%AF                    | 400
            en    | /sla;x=1                   | 400
            zh-CN | //sla                      | 400
            en    | /sla/%2e%2e/faq            | 400
            en    | /sla?lang=%zz              | 400
            en    | /error                     | 404
            zh-CN | /error                     | 404
            """)
    void pageRefusalsAnswerThePortalsErrorPageInTheVisitorsLanguage(String language, String target, int status) {
        RawHttp.Answer answer = new RawHttp(port).get(target, "Accept-Language", language, "Accept", "text/html");

        assertPortalErrorPage(answer, status, language);
    }

    /** Tomcat stops reading at the request line, so the headers (and the language asked for) are never read. */
    @Test
    void anOverlongRequestLineAnswersThePortalsErrorPageInTheDefaultLanguage() {
        RawHttp.Answer answer = new RawHttp(port).get("/sla?q=" + "x".repeat(20_000), "Accept-Language", "en",
                "Accept", "text/html");

        assertPortalErrorPage(answer, 400, "zh-CN");
    }

    @Test
    void ordinaryPagesAndApiAnswersCarryTheSecurityHeaders() {
        assertSecurityHeaders(new RawHttp(port).get("/sla", "Accept", "text/html"));
        assertSecurityHeaders(new RawHttp(port).get("/api/v1/service-levels", "Accept", "application/json"));
        assertSecurityHeaders(new RawHttp(port).get("/no-such-page", "Accept", "text/html"));
    }

    private void assertPortalErrorPage(RawHttp.Answer answer, int status, String language) {
        Locale locale = Locale.forLanguageTag(language);
        int kind = status == 404 ? 404 : 400;
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("<html lang=\"" + language + "\"")
                .contains(messages.getMessage("error." + kind + ".title", null, locale))
                .contains(messages.getMessage("site.name", null, locale))
                .doesNotContain("HTTP Status").doesNotContain("Apache Tomcat").doesNotContain("Whitelabel");
        assertSecurityHeaders(answer);
    }

    private static void assertSecurityHeaders(RawHttp.Answer answer) {
        assertThat(answer.header("Content-Security-Policy")).as("CSP").contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(answer.header("X-Content-Type-Options")).as("nosniff").isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).as("Referrer-Policy").isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("Permissions-Policy")).as("Permissions-Policy").contains("camera=()")
                .contains("geolocation=()").contains("microphone=()");
    }
}
