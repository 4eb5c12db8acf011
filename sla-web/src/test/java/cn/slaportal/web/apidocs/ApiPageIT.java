package cn.slaportal.web.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.PortalHttp;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** {@code /api} in both languages and the OpenAPI document behind it, linked from every page's footer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiPageIT {

    @LocalServerPort
    private int port;

    @Autowired
    private ApiPageController controller;

    @Autowired
    private MessageSource messages;

    private PortalHttp http;

    @BeforeAll
    void client() {
        http = new PortalHttp(port);
    }

    @Test
    void openApiDocumentDescribesEveryEndpointOfTheApi() {
        HttpResponse<String> response = http.get("/api/openapi.json", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("json");
        assertThat(response.body()).contains("\"openapi\":\"3.").contains("SLA Portal JSON API")
                .contains("\"/api/v1/service-levels\"").contains("\"/api/v1/credits/estimate\"")
                .contains("\"/api/v1/claims/deadline\"").contains("\"/api/v1/documents/{document}/versions\"")
                .contains("\"/api/v1/availability\"").doesNotContain("\"/api/**\"");
    }

    @Test
    void apiPageListsTheEndpointsInBothLanguages() {
        HttpResponse<String> english = http.get("/api?lang=en");
        HttpResponse<String> chinese = http.get("/api?lang=zh-CN");

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(english.body()).contains("<html lang=\"en\"").contains("SLA Portal JSON API")
                .contains("<code>/api/v1/credits/estimate</code>").contains("href=\"/api/openapi.json\"")
                .contains("Uptime, credit tier, credit percent and amount");
        assertThat(chinese.body()).contains("<html lang=\"zh-CN\"").contains("服务级别协议门户 JSON API")
                .contains("<code>/api/v1/claims/deadline</code>").contains("最后索赔日期");
    }

    @Test
    void everyEndpointHasADescriptionInBothLanguages() {
        List<ApiEndpoint> endpoints = controller.endpoints();

        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(5);
        for (ApiEndpoint endpoint : endpoints) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                assertThat(messages.getMessage(endpoint.key(), null, null, locale))
                        .as(endpoint.method() + " " + endpoint.path() + " in " + locale).isNotBlank();
            }
        }
    }

    @Test
    void everyPageFooterLinksTheApiPage() {
        assertThat(http.get("/calculator?lang=en").body()).contains("href=\"/api\"").contains(">JSON API</a>");
        assertThat(http.get("/sla").body()).contains("href=\"/api\"");
    }
}
