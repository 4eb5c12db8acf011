package cn.slaportal.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.api.ApiClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceLevelsApiIT {

    @LocalServerPort
    private int port;

    @Test
    void listsTheEightServiceLevelsWithTiersAndDeadlineRules() {
        ApiClient.Answer answer = new ApiClient(port).get("/api/v1/service-levels", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode levels = answer.json();
        List<String> slugs = new ArrayList<>();
        levels.forEach(level -> slugs.add(level.get("slug").asString()));
        assertThat(slugs).containsExactly("service-bus-relays", "service-bus-queues-topics",
                "service-bus-notification-hubs", "dynamics-365-customer-service-enterprise",
                "dynamics-365-customer-service-professional", "dynamics-365-sales-enterprise",
                "dynamics-365-sales-professional", "dynamics-365-finance-operations");

        JsonNode relays = levels.get(0);
        assertThat(relays.get("document").asString()).isEqualTo("service-bus");
        assertThat(relays.get("name").get("en").asString()).isEqualTo("Service Bus Relays");
        assertThat(relays.get("name").get("zh-CN").asString()).isEqualTo("服务总线中继");
        assertThat(relays.get("uptimeMethod").asString()).isEqualTo("DEPLOYMENT_MINUTES");
        assertThat(relays.get("deadlineRule").asString()).isEqualTo("BILLING_MONTHS");
        assertThat(relays.get("deadlineMonths").asInt()).isEqualTo(2);
        assertThat(relays.get("version").asInt()).isEqualTo(1);
        assertThat(relays.get("tiers").toString())
                .isEqualTo("[{\"below\":\"99.9\",\"creditPercent\":\"10\"},{\"below\":\"99\",\"creditPercent\":\"25\"}]");

        JsonNode financeOperations = levels.get(7);
        assertThat(financeOperations.get("document").asString()).isEqualTo("dynamics-365");
        assertThat(financeOperations.get("uptimeMethod").asString()).isEqualTo("TENANT_MINUTES");
        assertThat(financeOperations.get("deadlineRule").asString()).isEqualTo("CALENDAR_MONTHS");
        assertThat(financeOperations.get("deadlineMonths").asInt()).isEqualTo(1);
        assertThat(financeOperations.get("decisionPeriodDays").asInt()).isEqualTo(45);
        assertThat(levels.get(5).get("name").get("zh-CN").asString()).isEqualTo("Dynamics 365 销售企业版");
        assertThat(financeOperations.get("tiers").toString()).isEqualTo("[{\"below\":\"99.9\",\"creditPercent\":\"25\"},"
                + "{\"below\":\"99\",\"creditPercent\":\"50\"},{\"below\":\"95\",\"creditPercent\":\"100\"}]");
        assertThat(levels.get(3).get("uptimeMethod").asString()).isEqualTo("USER_MINUTES");
    }
}
