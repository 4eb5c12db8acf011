package cn.slaportal.web.account;

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
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    private int port;

    @Autowired
    private AccountStore accounts;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void signInPageIsBilingualAndCarriesACsrfToken() throws Exception {
        Session session = new Session();

        String chinese = session.get("/login").body();
        String english = session.get("/login?lang=en").body();

        assertThat(chinese).contains("<html lang=\"zh-CN\"").contains("电子邮件地址").contains("name=\"_csrf\"");
        assertThat(english).contains("<html lang=\"en\"").contains("E-mail address").contains("name=\"_csrf\"")
                .doesNotContain("电子邮件地址");
    }

    @Test
    void signsInWithTheRightPasswordAndOutAgain() throws Exception {
        String email = newCustomer();
        Session session = new Session();

        HttpResponse<String> signIn = session.signIn(email, PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).doesNotContain("error"));
        String home = session.get("/?lang=en").body();
        assertThat(home).contains("Sign out").doesNotContain("href=\"/login\"");
        assertThat(accounts.userByEmail(email)).hasValueSatisfying(a -> assertThat(a.lastLoginAt()).isPresent());

        HttpResponse<String> signOut = session.post("/logout", "_csrf=" + session.csrf("/?lang=en"));
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login?logout"));
        assertThat(session.get("/login?logout&lang=en").body()).contains("You have signed out.");
    }

    @Test
    void wrongPasswordIsRefusedWithALocalisedMessage() throws Exception {
        String email = newCustomer();
        Session session = new Session();

        HttpResponse<String> signIn = session.signIn(email, "not the password");

        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login?error"));
        assertThat(session.get("/login?error&lang=zh-CN").body()).contains("电子邮件地址或密码不正确");
        assertThat(session.get("/login?error&lang=en").body()).contains("The e-mail address or the password is not right.");
        assertThat(accounts.userByEmail(email).orElseThrow().lastLoginAt()).isEmpty();
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        String email = newCustomer();
        Session session = new Session();
        session.get("/login");

        HttpResponse<String> signIn = session.post("/login", "email=" + encode(email) + "&password=" + encode(PASSWORD));

        assertThat(signIn.statusCode()).isEqualTo(403);
        assertThat(accounts.userByEmail(email).orElseThrow().lastLoginAt()).isEmpty();
    }

    private String newCustomer() {
        long organisation = accounts.createOrganisation("Login test " + UUID.randomUUID(), Instant.now()).id();
        String email = "login-" + UUID.randomUUID() + "@example.test";
        accounts.createUser(new NewUserAccount(email, "Login Test", passwordEncoder.encode(PASSWORD), Role.CUSTOMER,
                Optional.of(organisation)), Instant.now());
        return email;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One browser-like visitor: keeps its cookies, follows no redirects. */
    private final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String page) throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(get(page).body());
            assertThat(token.find()).as("CSRF token on " + page).isTrue();
            return encode(token.group(1));
        }

        HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
            return post("/login", "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + csrf("/login"));
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
