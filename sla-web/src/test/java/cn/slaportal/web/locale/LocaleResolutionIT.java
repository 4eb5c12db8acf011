package cn.slaportal.web.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * SPEC 4.1 over real HTTP: {@code ?lang=} wins and is remembered in the cookie, then the cookie, then
 * {@code Accept-Language}, then zh-CN; unknown values never break a page. SPEC 4.2: the API ignores the cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LocaleResolutionIT {

    private static final String HOME = "/";
    private static final String ENGLISH_NAME = "SLA Portal";
    private static final String CHINESE_NAME = "服务级别协议门户";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @LocalServerPort
    private int port;

    @Test
    void langParameterSwitchesToEnglishAndTheCookieKeepsIt() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> chosen = browser.send(page(HOME + "?lang=en").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(pageLanguage(chosen)).isEqualTo("en");
        assertThat(chosen.body()).contains(ENGLISH_NAME).doesNotContain(CHINESE_NAME);
        String cookie = languageCookie(chosen).orElseThrow();
        assertThat(cookie).startsWith("sla_lang=en;").contains("Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=31536000");

        HttpResponse<String> next = browser.send(page(HOME).header("Accept-Language", "zh-CN,zh;q=0.9").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(pageLanguage(next)).isEqualTo("en");
        assertThat(next.body()).contains(ENGLISH_NAME);
        assertThat(languageCookie(next)).isEmpty();
    }

    @Test
    void langParameterOverridesTheCookieAndReplacesIt() throws Exception {
        HttpResponse<String> response = get(HOME + "?lang=zh-CN", List.of("Cookie", "sla_lang=en", "Accept-Language", "en"));

        assertThat(pageLanguage(response)).isEqualTo("zh-CN");
        assertThat(response.body()).contains(CHINESE_NAME);
        assertThat(languageCookie(response)).hasValueSatisfying(cookie -> assertThat(cookie).startsWith("sla_lang=zh-CN;"));
    }

    @Test
    void englishAcceptLanguageGivesEnglishWithoutSettingACookie() throws Exception {
        HttpResponse<String> response = get(HOME, List.of("Accept-Language", "en-US,en;q=0.9,zh-CN;q=0.5"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(pageLanguage(response)).isEqualTo("en");
        assertThat(response.body()).contains(ENGLISH_NAME);
        assertThat(languageCookie(response)).isEmpty();
        assertThat(response.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Language"));
    }

    @Test
    void noPreferenceGivesSimplifiedChinese() throws Exception {
        HttpResponse<String> response = get(HOME, List.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(pageLanguage(response)).isEqualTo("zh-CN");
        assertThat(response.body()).contains(CHINESE_NAME);
    }

    @Test
    void unsupportedAcceptLanguageGivesSimplifiedChinese() throws Exception {
        HttpResponse<String> response = get(HOME, List.of("Accept-Language", "fr-FR,fr;q=0.9,de;q=0.8"));

        assertThat(pageLanguage(response)).isEqualTo("zh-CN");
    }

    @Test
    void garbageLanguageValuesFallBackWithoutError() throws Exception {
        HttpResponse<String> unknown = get(HOME + "?lang=xx", List.of());
        HttpResponse<String> hostile = get(HOME + "?lang=%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
                List.of("Cookie", "sla_lang=%%%", "Accept-Language", ";;;q=x"));
        HttpResponse<String> unknownWithHeader = get(HOME + "?lang=klingon", List.of("Accept-Language", "en"));
        HttpResponse<String> unknownWithCookie = get(HOME + "?lang=", List.of("Cookie", "sla_lang=en"));

        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(pageLanguage(unknown)).isEqualTo("zh-CN");
        assertThat(languageCookie(unknown)).isEmpty();
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(pageLanguage(hostile)).isEqualTo("zh-CN");
        assertThat(hostile.body()).doesNotContain("<script>alert(1)");
        assertThat(pageLanguage(unknownWithHeader)).isEqualTo("en");
        assertThat(pageLanguage(unknownWithCookie)).isEqualTo("en");
    }

    @Test
    void pageLinksToItselfInTheOtherLanguage() throws Exception {
        HttpResponse<String> english = get(HOME + "?lang=en", List.of());
        HttpResponse<String> chinese = get(HOME, List.of());

        assertThat(english.body()).contains("href=\"/?lang=zh-CN\"");
        assertThat(chinese.body()).contains("href=\"/?lang=en\"");
    }

    @Test
    void errorPagesFollowTheChosenLanguage() throws Exception {
        HttpResponse<String> response = get("/no-such-page-anywhere", List.of("Cookie", "sla_lang=en"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(pageLanguage(response)).isEqualTo("en");
        assertThat(response.body()).contains(ENGLISH_NAME);
    }

    @Test
    void apiIgnoresTheLanguageParameterAndNeverSetsTheCookie() throws Exception {
        HttpResponse<String> response = get("/api/v1/documents/service-bus/versions?lang=en", List.of("Cookie", "sla_lang=en"));

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(languageCookie(response)).isEmpty();
        assertThat(response.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Language"));
    }

    @Test
    void apiErrorsFollowAcceptLanguageAndNotTheCookie() throws Exception {
        String unknownDocument = "/api/v1/documents/no-such-document/versions";

        HttpResponse<String> noPreference = get(unknownDocument, List.of());
        HttpResponse<String> cookieOnly = get(unknownDocument + "?lang=en", List.of("Cookie", "sla_lang=en"));
        HttpResponse<String> english = get(unknownDocument, List.of("Accept-Language", "en", "Cookie", "sla_lang=zh-CN"));

        assertThat(noPreference.statusCode()).isEqualTo(404);
        assertThat(noPreference.body()).contains("\"error\"").containsPattern("\\p{IsHan}");
        assertThat(cookieOnly.body()).isEqualTo(noPreference.body());
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("\"error\"").doesNotContainPattern("\\p{IsHan}");
    }

    private HttpRequest.Builder page(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", pathAndQuery.startsWith("/api/") ? "application/json" : "text/html")
                .GET();
    }

    private HttpResponse<String> get(String pathAndQuery, List<String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = page(pathAndQuery);
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String pageLanguage(HttpResponse<String> response) {
        Matcher html = Pattern.compile("<html[^>]*\\slang=\"([^\"]+)\"").matcher(response.body());
        assertThat(html.find()).as("an <html lang> in: " + response.body().lines().limit(5).toList()).isTrue();
        return html.group(1);
    }

    private static Optional<String> languageCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("sla_lang="))
                .findFirst();
    }
}
