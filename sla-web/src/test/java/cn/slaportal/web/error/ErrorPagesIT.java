package cn.slaportal.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;

import cn.slaportal.web.PortalHttp;
import cn.slaportal.web.TestOnlyRoutes;

/**
 * Error pages over real HTTP, in both languages. A test-only controller (registered for this class only) fails
 * on purpose: with an unexpected exception (500) and with an unreachable database (503).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ErrorPagesIT.FailingPages.class, TestOnlyRoutes.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesIT {

    static final String SECRET = "internal detail 7f3a";

    @Controller
    static class FailingPages {

        @GetMapping("/test-only/broken")
        String broken() {
            throw new IllegalStateException(SECRET);
        }

        @GetMapping("/test-only/database-down")
        String databaseDown() {
            throw new CannotCreateTransactionException(SECRET);
        }
    }

    @LocalServerPort
    private int port;

    private PortalHttp http;

    @BeforeAll
    void client() {
        http = new PortalHttp(port);
    }

    @Test
    void errorPageTitleNamesTheErrorInBothLanguages() {
        assertThat(http.get("/no/such/page?lang=en").body()).contains("<title>Page not found · SLA Portal</title>");
        assertThat(http.get("/no/such/page?lang=zh-CN").body()).contains("<title>找不到页面 · 服务级别协议门户</title>");
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
    void unexpectedFailureAnswersTheLocalised500PageWithoutDetails() {
        HttpResponse<String> english = http.get("/test-only/broken?lang=en");
        HttpResponse<String> chinese = http.get("/test-only/broken?lang=zh-CN");

        assertThat(english.statusCode()).isEqualTo(500);
        assertThat(english.body()).contains("<html lang=\"en\"").contains("Something went wrong")
                .doesNotContain(SECRET).doesNotContain("IllegalStateException");
        assertThat(chinese.statusCode()).isEqualTo(500);
        assertThat(chinese.body()).contains("<html lang=\"zh-CN\"").contains("出现错误").doesNotContain(SECRET);
    }

    @Test
    void unreachableDatabaseAnswersTheLocalised503PageWithRetryAfter() {
        HttpResponse<String> english = http.get("/test-only/database-down?lang=en");
        HttpResponse<String> chinese = http.get("/test-only/database-down?lang=zh-CN");

        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(english.body()).contains("Service temporarily unavailable").doesNotContain(SECRET);
        assertThat(chinese.statusCode()).isEqualTo(503);
        assertThat(chinese.body()).contains("<html lang=\"zh-CN\"").contains("服务暂时不可用");
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
