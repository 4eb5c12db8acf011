package cn.slaportal.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser-like visitor of the running portal over real HTTP: keeps its cookies, asks for HTML, follows no
 * redirects, and posts forms with the CSRF token of a page it reads first.
 */
public final class CustomerSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    public CustomerSession(int port) {
        this.port = port;
    }

    /** A new session signed in with these credentials; fails the test when the sign-in is refused. */
    public static CustomerSession signedIn(int port, String email, String password) {
        CustomerSession session = new CustomerSession(port);
        HttpResponse<String> answer = session.signIn(email, password);
        assertThat(answer.headers().firstValue("Location")).as("sign-in of " + email)
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return session;
    }

    public HttpResponse<String> signIn(String email, String password) {
        return post("/login", "email=" + encode(email) + "&password=" + encode(password), "/login");
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
    }

    /** Posts the url-encoded form with the CSRF token read from {@code tokenPage}. */
    public HttpResponse<String> post(String path, String form, String tokenPage) {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + csrf(tokenPage);
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public String csrf(String page) {
        Matcher token = CSRF.matcher(get(page).body());
        assertThat(token.find()).as("CSRF token on " + page).isTrue();
        return encode(token.group(1) != null ? token.group(1) : token.group(2));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
