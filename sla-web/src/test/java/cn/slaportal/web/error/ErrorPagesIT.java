package cn.slaportal.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.slaportal.web.PortalHttp;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesIT {

    @LocalServerPort
    private int port;

    private PortalHttp http;

    @BeforeAll
    void client() {
        http = new PortalHttp(port);
    }

    @Test
    void unknownAddressAnswersTheChinese404PageByDefault() {
        HttpResponse<String> page = http.get("/no/such/page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"zh-CN\"").contains("找不到页面").contains("错误 404")
                .contains("href=\"/no/such/page?lang=en\"");
    }

    @Test
    void unknownAddressAnswersTheEnglish404PageWhenAskedInEnglish() {
        HttpResponse<String> page = http.get("/no/such/page", "Accept-Language", "en");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"en\"").contains("Page not found")
                .contains("Back to the home page").contains("id=\"main\"");
    }

    @Test
    void missingCsrfTokenAnswersTheLocalised403Page() {
        HttpResponse<String> page = http.post("/logout?lang=en", "", "Accept-Language", "en");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("<html lang=\"en\"").contains("Access denied");
    }

    @Test
    void errorPagesNeverShowExceptionDetails() {
        for (String path : new String[] {"/no/such/page", "/sla/service-bus/versions/99999", "/faq/no-such-category"}) {
            String body = http.get(path).body();
            assertThat(body).as(path).doesNotContain("Exception").doesNotContain("at cn.slaportal")
                    .doesNotContain("trace");
        }
    }
}
