package cn.slaportal.web.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The calculator page over real HTTP (multipart form posts with the CSRF token, as a browser sends them):
 * typed inputs and an uploaded probe log, both languages, errors next to their fields with the input kept,
 * and the same figures as the JSON API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalculatorIT {

    @LocalServerPort
    private int port;

    @TempDir
    Path temp;

    private static String text(String html, String id) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String json(String body, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Map<String, List<String>> relayForm(String downtime, String incidentDate) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("serviceLevel", List.of("service-bus-relays"));
        fields.put("month", List.of("2026-02"));
        fields.put("monthlyFee", List.of("1000.00"));
        fields.put("resourceName", List.of("relay-1", "", ""));
        fields.put("resourceDeployed", List.of("40320", "", ""));
        fields.put("resourceDowntime", List.of(downtime, "", ""));
        fields.put("incidentDate", List.of(incidentDate));
        fields.put("billingDay", List.of(""));
        fields.put("action", List.of("calculate"));
        return fields;
    }

    @Test
    void typedDeploymentMinutesGiveTheSameAnswerAsTheApi() throws Exception {
        HttpPages http = new HttpPages(port);
        FormSession session = new FormSession(http);
        assertThat(session.open("/calculator?lang=en").statusCode()).isEqualTo(200);

        HttpResponse<String> page = session.postMultipart("/calculator", relayForm("41", "2026-02-15"), null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(http.uri("/api/v1/credits/estimate"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"serviceLevel":"service-bus-relays","month":"2026-02","monthlyFee":"1000.00",
                         "resources":[{"name":"relay-1","deployedMinutes":40320,"downtimeMinutes":41}]}""")).build());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(json(api.body(), "uptimePercent")).isEqualTo("99.898");
        assertThat(text(page.body(), "result-uptime")).isEqualTo(json(api.body(), "uptimePercent") + "%");
        assertThat(text(page.body(), "result-percent")).isEqualTo(json(api.body(), "creditPercent") + "%");
        assertThat(text(page.body(), "result-amount")).isEqualTo("¥" + json(api.body(), "creditAmount"));
        assertThat(text(page.body(), "result-tier")).isEqualTo("Below 99.9%");

        HttpResponse<String> deadline = http.get("/api/v1/claims/deadline?serviceLevel=service-bus-relays&incidentDate=2026-02-15");
        assertThat(json(deadline.body(), "deadline")).isEqualTo("2026-04-30");
        assertThat(text(page.body(), "result-deadline")).isEqualTo("30 Apr 2026, 23:59:59 (China Standard Time)");
        assertThat(page.body()).contains("class=\"tier-bar\" role=\"img\"").contains("<title id=\"tier-bar-title\">Credit tiers of");
    }

    @Test
    void exactly99Point9ShowsNoCreditInChinese() throws Exception {
        FormSession session = new FormSession(new HttpPages(port));
        session.open("/calculator?lang=zh-CN");
        Map<String, List<String>> form = relayForm("0", "");
        form.put("resourceDeployed", List.of("10000", "", ""));
        form.put("resourceDowntime", List.of("10", "", ""));

        HttpResponse<String> page = session.postMultipart("/calculator", form, null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body(), "result-uptime")).isEqualTo("99.900%");
        assertThat(text(page.body(), "result-tier")).isEqualTo("无：已达到服务级别");
        assertThat(text(page.body(), "result-amount")).isEqualTo("¥0.00");
        assertThat(page.body()).contains("<html lang=\"zh-CN\"").doesNotContain("id=\"result-deadline\"");
    }

    @Test
    void badInputIsReportedNextToEachFieldInChineseAndKept() throws Exception {
        FormSession session = new FormSession(new HttpPages(port));
        session.open("/calculator?lang=zh-CN");
        Map<String, List<String>> form = relayForm("abc", "2026-02-30");
        form.put("month", List.of("2026-13"));
        form.put("monthlyFee", List.of("12.345"));

        HttpResponse<String> page = session.postMultipart("/calculator", form, null, null);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(text(page.body(), "month-error")).isEqualTo("请按“年-月”格式输入月份，例如 2026-02。");
        assertThat(text(page.body(), "monthlyFee-error")).startsWith("请输入以元为单位");
        assertThat(text(page.body(), "incidentDate-error")).startsWith("请按“年-月-日”格式");
        assertThat(text(page.body(), "resourceDowntime[0]-error")).isEqualTo("请输入大于或等于零的整数，不带小数。");
        assertThat(page.body()).contains("value=\"12.345\"").contains("value=\"2026-13\"").contains("value=\"abc\"")
                .contains("value=\"relay-1\"").contains("aria-invalid=\"true\"").doesNotContain("id=\"result\"");
    }

    @Test
    void downtimeAboveDeployedMinutesIsRefusedInEnglishByTheCoreRule() throws Exception {
        FormSession session = new FormSession(new HttpPages(port));
        session.open("/calculator?lang=en");

        HttpResponse<String> page = session.postMultipart("/calculator", relayForm("50000", ""), null, null);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(text(page.body(), "resources-error")).isNotBlank().doesNotContain("??");
        assertThat(page.body()).contains("value=\"50000\"");
    }

    @Test
    void userMinutesForDynamics() throws Exception {
        FormSession session = new FormSession(new HttpPages(port));
        session.open("/calculator?lang=en&serviceLevel=dynamics-365-sales-enterprise");
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("serviceLevel", List.of("dynamics-365-sales-enterprise"));
        form.put("month", List.of("2026-02"));
        form.put("monthlyFee", List.of("2000"));
        form.put("users", List.of("100"));
        form.put("downtimeUserMinutes", List.of("50000"));
        form.put("scheduledDowntimeMinutes", List.of(""));
        form.put("scheduledDowntimeNoticeDays", List.of(""));
        form.put("incidentDate", List.of("2026-02-15"));

        HttpResponse<String> page = session.postMultipart("/calculator", form, null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body(), "result-uptime")).isEqualTo("98.759%");
        assertThat(text(page.body(), "result-percent")).isEqualTo("50%");
        assertThat(text(page.body(), "result-amount")).isEqualTo("¥1,000.00");
        assertThat(text(page.body(), "result-available")).isEqualTo("4,032,000");
        assertThat(text(page.body(), "result-deadline")).isEqualTo("31 Mar 2026, 23:59:59 (China Standard Time)");
    }

    @Test
    void uploadedProbeLogDrawsTheMonthAndGivesTheCredit() throws Exception {
        StringBuilder csv = new StringBuilder("timestamp,resource,outcome,latency_ms\n");
        LocalDateTime start = LocalDateTime.of(2026, 2, 3, 10, 0);
        for (int minute = 0; minute < 180; minute++) {
            String outcome = minute >= 30 && minute < 120 ? "503" : "200";
            csv.append(start.plusMinutes(minute)).append(":05+08:00,relay-1,").append(outcome).append(",120\n");
        }
        csv.append("not-a-time,relay-1,200,5\n");
        Path file = Files.writeString(temp.resolve("probe-log.csv"), csv, StandardCharsets.UTF_8);
        for (String language : List.of("en", "zh-CN")) {
            FormSession session = new FormSession(new HttpPages(port));
            session.open("/calculator?lang=" + language);
            Map<String, List<String>> form = relayForm("", "");
            form.put("resourceName", List.of("", "", ""));
            form.put("resourceDeployed", List.of("", "", ""));

            HttpResponse<String> page = session.postMultipart("/calculator", form, "probe-log.csv", Files.readAllBytes(file));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(text(page.body(), "result-downtime")).isEqualTo("90");
            assertThat(text(page.body(), "result-uptime")).isEqualTo("99.776%");
            assertThat(text(page.body(), "result-percent")).isEqualTo("10%");
            assertThat(page.body()).contains("class=\"month-grid\" role=\"img\"")
                    .contains("<g class=\"day level-3\" data-date=\"2026-02-03\">")
                    .contains("<g class=\"day level-0\" data-date=\"2026-02-28\">")
                    .doesNotContain("data-date=\"2026-03-01\"");
            assertThat(page.body()).contains(language.equals("en") ? "Line 182: " : "第 182 行：");
        }
    }

    @Test
    void theLevelIsChosenInTheFormThatCalculatesSoTheChosenLevelIsComputed() throws Exception {
        FormSession session = new FormSession(new HttpPages(port));
        HttpResponse<String> blank = session.open("/calculator?lang=en&serviceLevel=service-bus-relays");

        assertThat(blank.body()).contains("<select id=\"serviceLevel\" name=\"serviceLevel\"")
                .doesNotContain("type=\"hidden\" name=\"serviceLevel\"").doesNotContain("class=\"card calc-level\"")
                .contains("data-method-fields=\"USER_MINUTES\" hidden=\"hidden\" disabled=\"disabled\"")
                .contains("name=\"action\" value=\"switch\"").containsPattern("src=\"/js/calculator-[0-9a-f]{32}\\.js\"");
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("serviceLevel", List.of("dynamics-365-finance-operations"));
        form.put("month", List.of("2026-02"));
        form.put("monthlyFee", List.of("1000"));
        form.put("deployedMinutes", List.of("40320"));
        form.put("downtimeMinutes", List.of("41"));
        form.put("action", List.of("calculate"));

        HttpResponse<String> page = session.postMultipart("/calculator", form, null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body(), "result-uptime")).isEqualTo("99.898%");
        assertThat(page.body()).contains("<option value=\"dynamics-365-finance-operations\" data-method=\"TENANT_MINUTES\" selected=\"selected\"")
                .contains("data-method-fields=\"TENANT_MINUTES\">");
    }

    @Test
    void switchingTheLevelWithoutJavaScriptShowsItsFieldsAndKeepsTheInput() throws Exception {
        FormSession session = new FormSession(new HttpPages(port));
        session.open("/calculator?lang=en");
        Map<String, List<String>> form = relayForm("", "");
        form.put("serviceLevel", List.of("dynamics-365-sales-enterprise"));
        form.put("action", List.of("switch"));

        HttpResponse<String> page = session.postMultipart("/calculator", form, null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-method-fields=\"USER_MINUTES\">")
                .contains("data-method-fields=\"DEPLOYMENT_MINUTES\" hidden=\"hidden\"").contains("value=\"1000.00\"");
    }

    @Test
    void theErrorSummaryNamesEachFieldAndLinksToIt() throws Exception {
        FormSession session = new FormSession(new HttpPages(port));
        session.open("/calculator?lang=en");
        Map<String, List<String>> form = relayForm("", "");
        form.put("month", List.of(""));
        form.put("monthlyFee", List.of(""));
        form.put("resourceDeployed", List.of("", "", ""));
        form.put("resourceName", List.of("relay-1", "", ""));

        HttpResponse<String> page = session.postMultipart("/calculator", form, null, null);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<a href=\"#month\">Billing month: Please fill in this field.</a>")
                .contains("<a href=\"#monthlyFee\">Applicable monthly service fee (CNY): Please fill in this field.</a>")
                .contains("<a href=\"#resourceDeployed-0\">Resource 1: deployed minutes: Please fill in this field.</a>")
                .contains("id=\"calc-errors\" tabindex=\"-1\"");
    }

    @Test
    void hugeNumbersAreTooLargeWithTheLimitInBothLanguages() throws Exception {
        for (String language : List.of("en", "zh-CN")) {
            FormSession session = new FormSession(new HttpPages(port));
            session.open("/calculator?lang=" + language);
            Map<String, List<String>> form = relayForm("99999999999999999999", "");
            form.put("monthlyFee", List.of("99999999999999999999"));

            HttpResponse<String> page = session.postMultipart("/calculator", form, null, null);

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(text(page.body(), "resourceDowntime[0]-error")).isEqualTo(language.equals("en")
                    ? "This number is too large: at most 999,999,999,999." : "数值过大：最多为 999,999,999,999。");
            assertThat(text(page.body(), "monthlyFee-error")).contains("999,999,999,999,999.99");
        }
    }

    @Test
    void aProbeLogWithSuccessAndErrorWordsIsCountedAndAnUnusableOneShowsWhy() throws Exception {
        StringBuilder words = new StringBuilder("timestamp,resource,outcome,latency_ms\n");
        for (int minute = 0; minute < 60; minute++) {
            words.append(LocalDateTime.of(2026, 2, 3, 10, minute)).append(":05+08:00,relay-1,")
                    .append(minute < 10 ? "error" : "success").append(",120\n");
        }
        FormSession session = new FormSession(new HttpPages(port));
        session.open("/calculator?lang=en");
        Map<String, List<String>> form = relayForm("", "");
        form.put("resourceName", List.of("", "", ""));
        form.put("resourceDeployed", List.of("", "", ""));

        HttpResponse<String> counted = session.postMultipart("/calculator", form, "probe.csv",
                words.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(counted.statusCode()).isEqualTo(200);
        assertThat(text(counted.body(), "result-downtime")).isEqualTo("10");

        String unusable = "timestamp,resource,outcome,latency_ms\n2026-02-03 10:00,relay-1,200,1\n"
                + "2026-02-03T10:01:00+08:00,relay-1,maybe,1\n";
        HttpResponse<String> refused = session.postMultipart("/calculator", form, "probe.csv",
                unusable.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The first 2 rejected lines and why:")
                .contains("Line 2: The timestamp is not").contains("Line 3: The outcome must be a status code");
        assertThat(session.open("/calculator?lang=en").body()).contains("Asia/Shanghai").contains("ok, success, error, fail");
    }

    @Test
    void anIncidentOutsideTheBillingMonthOrPastItsDeadlineIsWarnedAbout() throws Exception {
        FormSession session = new FormSession(new HttpPages(port));
        session.open("/calculator?lang=en");

        HttpResponse<String> page = session.postMultipart("/calculator", relayForm("41", "2026-01-20"), null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body(), "result-uptime")).isEqualTo("99.898%");
        assertThat(page.body()).contains("id=\"result-warnings\"")
                .contains("The incident date 20 Jan 2026 is not in the billing month computed here (1 Feb 2026 to 28 Feb 2026)")
                .contains("The claim deadline for this incident, 31 Mar 2026, has already passed");

        String nextYear = String.valueOf(java.time.LocalDate.now(cn.slaportal.core.SlaTime.ZONE).getYear() + 1);
        Map<String, List<String>> inMonth = relayForm("41", nextYear + "-02-10");
        inMonth.put("month", List.of(nextYear + "-02"));
        assertThat(session.postMultipart("/calculator", inMonth, null, null).body()).doesNotContain("id=\"result-warnings\"");
    }
}
