package cn.slaportal.web.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The calculator form at its size limits (issue 8, defect 6): every resource row the form offers is accepted,
 * and a post beyond the server's limits gets the portal's own localised page with the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalculatorLimitsIT {

    private static final int MAXIMUM_ROWS = 50;

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Test
    void calculatesWithEveryResourceRowTheFormOffers() throws Exception {
        FormSession session = new FormSession(new HttpPages(port));
        session.open("/calculator?serviceLevel=service-bus-relays&lang=en");

        HttpResponse<String> page = session.postMultipart("/calculator", relays(MAXIMUM_ROWS), null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"result-uptime\"").contains("relay-50");
    }

    @Test
    void addsRowsUpToTheLastOneTheFormOffers() throws Exception {
        FormSession session = new FormSession(new HttpPages(port));
        session.open("/calculator?serviceLevel=service-bus-relays&lang=en");
        Map<String, List<String>> form = relays(MAXIMUM_ROWS - 1);
        form.put("action", List.of("add-row"));

        HttpResponse<String> page = session.postMultipart("/calculator", form, null, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"resourceName-" + (MAXIMUM_ROWS - 1) + "\"").contains("value=\"relay-49\"");
    }

    @Test
    void aPostBeyondTheServersLimitsGetsThePortalsPageInTheVisitorsLanguage() throws Exception {
        FormSession session = new FormSession(new HttpPages(port));
        session.open("/calculator?serviceLevel=service-bus-relays&lang=zh-CN");
        Map<String, List<String>> form = relays(MAXIMUM_ROWS);
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            extra.add("x");
        }
        form.put("padding", extra);

        HttpResponse<String> page = session.postMultipart("/calculator", form, null, null);

        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("<html lang=\"zh-CN\"")
                .contains(messages.getMessage("error.413.title", null, Locale.SIMPLIFIED_CHINESE))
                .doesNotContain("HTTP Status").doesNotContain("Payload Too Large");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'"));
        assertThat(page.headers().firstValue("Permissions-Policy")).isPresent();
    }

    private static Map<String, List<String>> relays(int rows) {
        List<String> names = new ArrayList<>();
        List<String> deployed = new ArrayList<>();
        List<String> downtime = new ArrayList<>();
        for (int row = 1; row <= rows; row++) {
            names.add("relay-" + row);
            deployed.add("40320");
            downtime.add(String.valueOf(row % 7));
        }
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("serviceLevel", List.of("service-bus-relays"));
        form.put("month", List.of("2026-02"));
        form.put("monthlyFee", List.of("1000.00"));
        form.put("resourceName", names);
        form.put("resourceDeployed", deployed);
        form.put("resourceDowntime", downtime);
        form.put("incidentDate", List.of("2026-02-15"));
        form.put("billingDay", List.of(""));
        for (String field : List.of("users", "scheduledDowntimeMinutes", "scheduledDowntimeNoticeDays",
                "downtimeUserMinutes", "deployedMinutes", "downtimeMinutes")) {
            form.put(field, List.of(""));
        }
        form.put("action", List.of("calculate"));
        return form;
    }
}
