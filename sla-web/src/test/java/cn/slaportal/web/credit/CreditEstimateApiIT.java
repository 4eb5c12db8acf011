package cn.slaportal.web.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.api.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CreditEstimateApiIT {

    @LocalServerPort
    private int port;

    private JsonNode estimate(String body) {
        ApiClient.Answer answer = new ApiClient(port).postJson("/api/v1/credits/estimate", body, "en");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void specExample99Point899EarnsTenPercentOf1000() {
        JsonNode answer = estimate("""
                {"serviceLevel":"service-bus-relays","month":"2026-01","monthlyFee":"1000.00",
                 "resources":[{"name":"relay-a","deployedMinutes":"44640","downtimeMinutes":"45"}]}""");
        assertThat(answer.get("uptimePercent").asString()).isEqualTo("99.899");
        assertThat(answer.get("creditPercent").asString()).isEqualTo("10");
        assertThat(answer.get("creditAmount").asString()).isEqualTo("100.00");
        assertThat(answer.get("currency").asString()).isEqualTo("CNY");
        assertThat(answer.get("tier").toString()).isEqualTo("{\"below\":\"99.9\",\"creditPercent\":\"10\"}");
        assertThat(answer.get("availableMinutes").asLong()).isEqualTo(44_640);
        assertThat(answer.get("downtimeMinutes").asLong()).isEqualTo(45);
    }

    @Test
    void exactly99Point9EarnsNoCreditAndNoTier() {
        JsonNode answer = estimate("""
                {"serviceLevel":"service-bus-queues-topics","month":"2026-04","monthlyFee":"1000.00",
                 "resources":[{"name":"q1","deployedMinutes":43200,"downtimeMinutes":0},
                              {"name":"q2","deployedMinutes":6800,"downtimeMinutes":50}]}""");
        assertThat(answer.get("uptimePercent").asString()).isEqualTo("99.900");
        assertThat(answer.get("creditPercent").asString()).isEqualTo("0");
        assertThat(answer.get("creditAmount").asString()).isEqualTo("0.00");
        assertThat(answer.get("tier").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0} users, {1} min maintenance with {2} days notice, {3} user-minutes down -> {4} % / {5} %")
    @CsvSource({"100, 0, 0, 4032, 99.900, 0", "100, 120, 5, 4032, 99.899, 25", "100, 120, 4, 0, 99.702, 25",
            "10, 0, 0, 4032, 99.000, 25", "10, 0, 0, 4033, 98.999, 50", "10, 0, 0, 20160, 95.000, 50",
            "10, 0, 0, 20161, 94.999, 100"})
    void userMinutesFollowTheDynamicsTiers(long users, long maintenance, long notice, long downtime, String uptime,
            String credit) {
        JsonNode answer = estimate("""
                {"serviceLevel":"dynamics-365-sales-enterprise","month":"2026-02","monthlyFee":"1000.00",
                 "users":"%d","scheduledDowntimeMinutes":"%d","scheduledDowntimeNoticeDays":"%d",
                 "downtimeUserMinutes":"%d"}""".formatted(users, maintenance, notice, downtime));
        assertThat(answer.get("uptimePercent").asString()).isEqualTo(uptime);
        assertThat(answer.get("creditPercent").asString()).isEqualTo(credit);
    }

    @Test
    void tenantMinutesForFinanceAndOperationsOnAResellerPrice() {
        JsonNode answer = estimate("""
                {"serviceLevel":"dynamics-365-finance-operations","month":"2028-02","monthlyFee":"2000.00",
                 "feeBasis":"RESELLER_ESTIMATED_RETAIL_PRICE","deployedMinutes":"41760","downtimeMinutes":"2100"}""");
        assertThat(answer.get("uptimePercent").asString()).isEqualTo("94.971");
        assertThat(answer.get("creditPercent").asString()).isEqualTo("100");
        assertThat(answer.get("creditAmount").asString()).isEqualTo("2000.00");
        assertThat(answer.get("paidThroughReseller").asBoolean()).isTrue();
    }
}
