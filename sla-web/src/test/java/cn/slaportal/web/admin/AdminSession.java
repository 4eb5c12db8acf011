package cn.slaportal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Role;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One browser-like visitor of the running portal over real HTTP: keeps its cookies, follows no redirects, and
 * posts forms with the CSRF token of the page it read last (or of the page it is told to read first).
 */
public final class AdminSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private String csrf;
    private String email;

    public AdminSession(int port) {
        this.port = port;
    }

    /** A new administrator account (a unique address), signed in. */
    public static AdminSession newAdministrator(int port, AccountStore accounts, PasswordEncoder passwords)
            throws IOException, InterruptedException {
        String email = "admin-" + UUID.randomUUID() + "@example.test";
        String password = "administrator " + UUID.randomUUID();
        accounts.createUser(new NewUserAccount(email, "Admin Test", passwords.encode(password), Role.ADMIN,
                Optional.empty()), Instant.now());
        AdminSession session = new AdminSession(port);
        assertThat(session.signIn(email, password).statusCode()).isEqualTo(302);
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Reads {@code formPage} for its CSRF token, then posts the fields (each value list in order) to {@code path}. */
    public HttpResponse<String> post(String formPage, String path, Map<String, List<String>> fields)
            throws IOException, InterruptedException {
        get(formPage);
        assertThat(csrf).as("CSRF token on " + formPage).isNotNull();
        String body = fields.entrySet().stream()
                .flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&", "_csrf=" + encode(csrf) + "&", ""));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in; the answer is the redirect after it. */
    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        this.email = email;
        return post("/login", "/login", Map.of("email", List.of(email), "password", List.of(password)));
    }

    /** Whom this visitor signed in as last. */
    public String email() {
        return email;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
