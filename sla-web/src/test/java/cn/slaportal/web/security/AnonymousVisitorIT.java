package cn.slaportal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An anonymous visitor writes no session row, whatever they read or submit, while CSRF protection keeps
 * guarding every form: the token lives in a cookie instead of the session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousVisitorIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final List<String> PAGES = List.of("/", "/sla", "/sla/service-bus", "/faq/general", "/calculator",
            "/search?q=downtime", "/login");

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void browsingAndSubmittingFormsWritesNoSessionRow() throws Exception {
        long sessionsBefore = sessionRows();

        for (String page : PAGES) {
            HttpResponse<String> answer = get(page);
            assertThat(answer.headers().allValues("Set-Cookie")).as(page).noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        HttpResponse<String> calculated = post("/calculator", "serviceLevel=service-bus-relays&_csrf=" + token("/calculator"));

        assertThat(calculated.statusCode()).isNotEqualTo(403);
        assertThat(calculated.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
        assertThat(sessionRows()).isEqualTo(sessionsBefore);
    }

    @Test
    void signInFormAcceptsTheTokenFromTheCookie() throws Exception {
        HttpResponse<String> failedSignIn = post("/login",
                "email=nobody%40example.com&password=wrong&_csrf=" + token("/login"));

        assertThat(failedSignIn.statusCode()).isEqualTo(302);
        assertThat(failedSignIn.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    }

    @Test
    void formsWithoutTheTokenAreRefused() throws Exception {
        get("/calculator");

        assertThat(post("/calculator", "serviceLevel=service-bus-relays").statusCode()).isEqualTo(403);
        assertThat(post("/login", "email=nobody%40example.com&password=wrong&_csrf=forged").statusCode()).isEqualTo(403);
    }

    @Test
    void theTokenCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = fresh().send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("XSRF-TOKEN=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    private long sessionRows() {
        return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Long.class).single();
    }

    private String token(String page) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(page).body());
        assertThat(csrf.find()).as("a CSRF field on " + page).isTrue();
        return csrf.group(1);
    }

    private HttpResponse<String> get(String page) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String page, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient fresh() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private URI uri(String page) {
        return URI.create("http://localhost:" + port + page);
    }
}
