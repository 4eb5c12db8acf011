package cn.slaportal.web.claim;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.api.ApiClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaimDeadlineApiIT {

    @LocalServerPort
    private int port;

    @ParameterizedTest(name = "{0}, incident {1}, billing day {2} -> {3}")
    @CsvSource({"service-bus-relays, 2026-01-31, , 2026-03-31", "service-bus-relays, 2026-02-15, , 2026-04-30",
            "service-bus-relays, 2026-02-15, 1, 2026-04-30", "service-bus-queues-topics, 2026-02-15, 15, 2026-05-14",
            "service-bus-notification-hubs, 2026-02-27, 28, 2026-04-27",
            "dynamics-365-sales-enterprise, 2026-02-15, , 2026-03-31",
            "dynamics-365-finance-operations, 2028-01-10, 20, 2028-02-29"})
    void answersTheLastDayForAClaim(String level, String incident, String billingDay, String deadline) {
        String query = "/api/v1/claims/deadline?serviceLevel=" + level + "&incidentDate=" + incident
                + (billingDay == null ? "" : "&billingDay=" + billingDay);
        ApiClient.Answer answer = new ApiClient(port).get(query, "en");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("deadline").asString()).isEqualTo(deadline);
        assertThat(answer.json().get("closesAt").asString()).isEqualTo(deadline + "T23:59:59+08:00");
        assertThat(answer.json().get("version").asInt()).isEqualTo(1);
    }
}
