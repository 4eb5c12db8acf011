package cn.slaportal.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a client that states no preference (curl, a crawler) gets: pages as HTML, the API as JSON. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageFirstNegotiationIT {

    @LocalServerPort
    private int port;

    @ParameterizedTest
    @CsvSource({
            "/no/such/page?lang=en,      , 404, text/html,        Page not found",
            "/no/such/page?lang=en,  */*, 404, text/html,        Page not found",
            "/no/such/page?lang=zh-CN, , 404, text/html,        <html lang=\"zh-CN\"",
            "/sla/service-bus?lang=en,   , 200, text/html,        SLA for Service Bus",
            "/api/v1/service-levels,     , 200, application/json, service-bus-relays",
            "/api/v1/service-levels, */*,  200, application/json, service-bus-relays",
            "/api/v1/nothing-here,       , 404, application/json, \"error\""
    })
    void answersPagesAsHtmlAndTheApiAsJson(String path, String accept, int status, String contentType, String text)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }

        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(contentType));
        assertThat(response.body()).contains(text);
    }
}
