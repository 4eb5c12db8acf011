package cn.slaportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property-based fuzzing (issue 8) of every JSON API endpoint and every public form, through raw HTTP against one
 * application started for the whole class (jqwik runs outside Spring's test context cache, so it starts its own,
 * on the same test configuration as the other ITs). Generated query strings (with broken percent-encoding),
 * bodies (JSON, CSV, multipart, form fields) and headers (content types, languages). Every answer: never a 5xx;
 * every API refusal the documented {@code {"error":{"code","message"}}} in the requested language; every page in
 * the requested language; no generated markup reflected unescaped into HTML. About 2 250 requests in all.
 */
class PortalFuzzIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** A message may quote the input back (“…” in both languages); the input's own language says nothing. */
    private static final Pattern QUOTED_INPUT = Pattern.compile("“[^”]*”|「[^」]*」");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** Markup a fuzzed value carries; it must never come back unescaped. */
    private static final String MARKUP = "<b data-fuzz=\"1\" onmouseover='x'>";
    private static final String DEFAULT_TAG = "zh-CN";

    private static ConfigurableApplicationContext portal;
    private static RawHttp http;

    @BeforeContainer
    static void startPortal() {
        portal = new SpringApplicationBuilder(SlaPortalApplication.class).properties("server.port=0").run();
        http = new RawHttp(((WebServerApplicationContext) portal).getWebServer().getPort());
    }

    @AfterContainer
    static void stopPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    /** A language as the client asks for it, and the language the answer must be in. */
    record Language(String acceptLanguage, String expectedTag) {
    }

    @Provide
    Arbitrary<Language> languages() {
        return Arbitraries.of(new Language("en", "en"), new Language("en-US,en;q=0.9", "en"),
                new Language("zh-CN", "zh-CN"), new Language("zh-TW", "zh-CN"), new Language("fr", "zh-CN"),
                new Language("*", "zh-CN"), new Language("", "zh-CN"), new Language(";;q=x,,", "zh-CN"),
                new Language("en;q=0, zh-CN;q=0.5", "zh-CN"));
    }

    /** Text as a client may type or forge it: any Unicode, markup, quotes, control characters, long runs. */
    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60),
                Arbitraries.strings().withChars("<>\"'&%;/\\=?#{}[]:,. \t\r\n\u0000é中文🙂").ofMaxLength(30),
                Arbitraries.of("", " ", "0", "-1", "1.5", "1e9", "99999999999999999999", "2026-02", "2026-02-10",
                        "2026-13-40", "service-bus-relays", "dynamics-365-sales-enterprise", "null", "true", "[]", "{}",
                        "NaN", "2026-02-01T10:00:05+08:00", "+999999999-12-31T23:59:59Z", "timeout"),
                Arbitraries.strings().ofMaxLength(10).map(s -> MARKUP + s),
                Arbitraries.integers().between(1, 3000).map("x"::repeat));
    }

    /** A query-string value as it travels: properly encoded, raw, or with broken percent sequences. */
    @Provide
    Arbitrary<String> queryValues() {
        return Arbitraries.oneOf(
                values().map(PortalFuzzIT::encode),
                Arbitraries.of("%zz", "%", "%F", "%FF", "%C0%AF", "%E4%B8", "%00", "%2F", "%25zz", "a%2", "%%", "+",
                        "%ED%A0%80", "%F4%90%80%80"),
                values().map(v -> encode(v) + "%" + (v.isEmpty() ? "" : v.substring(0, 1))));
    }

    @Property(tries = 400)
    void apiQueriesNeverFailAndRefuseInTheDocumentedFormat(@ForAll("queryValues") String serviceLevel,
            @ForAll("queryValues") String incidentDate, @ForAll("queryValues") String billingDay,
            @ForAll("queryValues") String document, @ForAll("languages") Language language) {
        String target = switch (Math.floorMod(serviceLevel.hashCode() ^ document.hashCode(), 3)) {
            case 0 -> "/api/v1/claims/deadline?serviceLevel=" + serviceLevel + "&incidentDate=" + incidentDate
                    + "&billingDay=" + billingDay;
            case 1 -> "/api/v1/documents/" + document + "/versions";
            default -> "/api/v1/service-levels?" + serviceLevel + "=" + incidentDate;
        };

        String wire = safeTarget(target);
        assertApiAnswer(wire, http.get(wire, "Accept", "application/json", "Accept-Language", language.acceptLanguage()),
                language);
    }

    @Property(tries = 400)
    void creditEstimatesNeverFailAndRefuseInTheDocumentedFormat(@ForAll("estimateBodies") String body,
            @ForAll("contentTypes") String contentType, @ForAll("languages") Language language) {
        assertApiAnswer("/api/v1/credits/estimate", http.send("POST", "/api/v1/credits/estimate",
                body.getBytes(StandardCharsets.UTF_8), "Content-Type", contentType, "Accept-Language",
                language.acceptLanguage()), language);
    }

    @Property(tries = 300)
    void probeLogsNeverFailAndRefuseInTheDocumentedFormat(@ForAll("probeLogs") String csv,
            @ForAll("queryValues") String from, @ForAll("queryValues") String to, @ForAll("languages") Language language) {
        String query = from.length() % 2 == 0 ? "" : "?from=" + from + "&to=" + to;
        String wire = safeTarget("/api/v1/availability" + query);
        assertApiAnswer(wire, http.send("POST", wire, csv.getBytes(StandardCharsets.UTF_8), "Content-Type", "text/csv",
                "Accept-Language", language.acceptLanguage()), language);
    }

    @Property(tries = 400)
    void pagesAndTheSearchFormNeverFailNorReflectMarkup(@ForAll("pagePaths") String path, @ForAll("queryValues") String q,
            @ForAll("pageLanguageParameter") String lang, @ForAll("languages") Language language,
            @ForAll("headerNoise") String accept) {
        String target = safeTarget(path + "?" + (lang.isEmpty() ? "" : lang.substring(1) + "&") + "q=" + q);
        RawHttp.Answer answer = http.get(target, "Accept", accept, "Accept-Language", language.acceptLanguage());

        assertPageAnswer(answer, unreadableRequestLine(target) ? DEFAULT_TAG : expectedPageTag(lang, language));
    }

    @Property(tries = 150)
    void theCalculatorFormNeverFailsNorReflectsMarkup(@ForAll("values") String serviceLevel, @ForAll("values") String month,
            @ForAll("values") String fee, @ForAll("values") String name, @ForAll("values") String deployed,
            @ForAll("values") String downtime, @ForAll("values") String incidentDate, @ForAll("values") String users,
            @ForAll("calculatorActions") String action, @ForAll("languages") Language language) {
        PageSession session = new PageSession(language);
        session.open("/calculator");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("serviceLevel", serviceLevel);
        fields.put("month", month);
        fields.put("monthlyFee", fee);
        fields.put("resourceName", name);
        fields.put("resourceDeployed", deployed);
        fields.put("resourceDowntime", downtime);
        fields.put("incidentDate", incidentDate);
        fields.put("billingDay", users);
        fields.put("users", users);
        fields.put("downtimeUserMinutes", downtime);
        fields.put("action", action);

        RawHttp.Answer answer = session.postMultipart("/calculator", fields);

        assertPageAnswer(answer, language.expectedTag());
    }

    @Property(tries = 150)
    void theSignInFormNeverFailsAndAnswersTheSameRefusal(@ForAll("values") String email, @ForAll("values") String password,
            @ForAll("languages") Language language) {
        PageSession session = new PageSession(language);
        session.open("/login");

        RawHttp.Answer answer = session.postForm("/login", Map.of("email", email, "password", password));

        assertThat(answer.status()).as("sign-in answer").isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/login?error");
        assertPageAnswer(session.open("/login?error"), language.expectedTag());
    }

    // ------------------------------------------------------------------------------------------- generators

    @Provide
    Arbitrary<String> estimateBodies() {
        Arbitrary<String> field = Arbitraries.of("serviceLevel", "month", "monthlyFee", "billingDay", "feeBasis",
                "resources", "users", "scheduledDowntimeMinutes", "scheduledDowntimeNoticeDays", "downtimeUserMinutes",
                "deployedMinutes", "downtimeMinutes", "unknown");
        Arbitrary<String> jsonValue = Arbitraries.oneOf(values().map(PortalFuzzIT::jsonString),
                Arbitraries.longs().map(String::valueOf), Arbitraries.of("null", "true", "[]", "{}", "1.5e400", "-0",
                        "[{\"name\":\"r\",\"deployedMinutes\":\"44640\",\"downtimeMinutes\":\"45\"}]",
                        "[{\"deployedMinutes\":" + Long.MAX_VALUE + "}]", "\"service-bus-relays\"", "\"2026-02\""));
        Arbitrary<String> object = Combinators.combine(field, jsonValue).as((k, v) -> "\"" + k + "\":" + v)
                .list().ofMaxSize(8).map(members -> "{" + String.join(",", members) + "}");
        return Arbitraries.oneOf(object, object.map(o -> o.substring(0, o.length() / 2)), values(),
                Arbitraries.of("", "[", "{\"a\":", "\u0000", "{\"serviceLevel\":\"service-bus-relays\",\"month\":\"2026-01\","
                        + "\"monthlyFee\":\"1000.00\",\"resources\":[{\"name\":\"r\",\"deployedMinutes\":\"44640\",\"downtimeMinutes\":\"45\"}]}"));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "application/json; charset=UTF-8", "application/json;charset=latin1",
                "application/json; charset=nonsense", "*/*", "application/*", "*/json", "text/plain", "text/csv",
                "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x", "",
                ";", "application/json; q=", "\u00e9/\u00e9");
    }

    @Provide
    Arbitrary<String> probeLogs() {
        Arbitrary<String> timestamp = Arbitraries.oneOf(values(), Arbitraries.longs()
                .between(-62_000_000_000L, 253_000_000_000L).map(s -> Instant.ofEpochSecond(s).toString()),
                Arbitraries.integers().between(0, 86_399).map(s -> Instant.parse("2026-02-01T00:00:00Z")
                        .plusSeconds(s).toString()));
        Arbitrary<String> outcome = Arbitraries.oneOf(values(), Arbitraries.of("200", "503", "404", "timeout", "999"));
        Arbitrary<String> line = Combinators.combine(timestamp, values(), outcome, values())
                .as((t, r, o, l) -> t + "," + r + "," + o + "," + l);
        Arbitrary<String> header = Arbitraries.oneOf(Arbitraries.just("timestamp,resource,outcome,latency_ms"), values());
        return Combinators.combine(header, line.list().ofMaxSize(20))
                .as((h, lines) -> h + "\n" + String.join("\n", lines) + "\n");
    }

    @Provide
    Arbitrary<String> pagePaths() {
        return Arbitraries.of("/", "/sla", "/sla/service-bus", "/sla/service-bus/versions", "/sla/service-bus/versions/1",
                "/sla/service-bus/diff", "/faq", "/faq/general", "/search", "/calculator", "/login", "/sla/feed.atom",
                "/no-such-page", "/sla/no-such-document", "/sla/service-bus/versions/999999999", "/error");
    }

    @Provide
    Arbitrary<String> pageLanguageParameter() {
        return Arbitraries.of("", "&lang=en", "&lang=zh-CN", "&lang=xx", "&lang=%zz", "&lang=");
    }

    @Provide
    Arbitrary<String> headerNoise() {
        return Arbitraries.of("text/html", "text/html,application/xhtml+xml", "*/*", "application/json", "image/png",
                "text/*", ";;;", "");
    }

    @Provide
    Arbitrary<String> calculatorActions() {
        return Arbitraries.oneOf(Arbitraries.of("calculate", "add-row", "switch"), values());
    }

    // ------------------------------------------------------------------------------------------- assertions

    private static void assertApiAnswer(String target, RawHttp.Answer answer, Language language) {
        assertThat(answer.status()).as("status of %s", answer).isLessThan(500);
        if (answer.status() < 400) {
            return;
        }
        if (unreadableRequestLine(target)) {
            assertThat(answer.status()).isEqualTo(400);
            assertPageAnswer(answer, DEFAULT_TAG);
            return;
        }
        assertThat(answer.header("Content-Type")).as("content type of a refusal").startsWith("application/json");
        JsonNode error = JSON.readTree(answer.body()).get("error");
        assertThat(error).as("error body %s", answer.body()).isNotNull();
        assertThat(error.get("code").asString()).matches("[a-z0-9-]+(\\.[a-z0-9-]+)+");
        String message = error.get("message").asString();
        assertThat(message).isNotBlank();
        message = QUOTED_INPUT.matcher(message).replaceAll("");
        if (language.expectedTag().equals("en")) {
            assertThat(CJK.matcher(message).find()).as("English message: %s", message).isFalse();
        } else {
            assertThat(CJK.matcher(message).find()).as("Chinese message: %s", message).isTrue();
        }
    }

    private static void assertPageAnswer(RawHttp.Answer answer, String expectedTag) {
        assertThat(answer.status()).as("status of %s", answer).isLessThan(500);
        String type = answer.header("Content-Type");
        if (type != null && type.startsWith("text/html")) {
            assertThat(answer.body()).as("page language").contains("<html lang=\"" + expectedTag + "\"");
            assertThat(answer.body()).as("reflected markup").doesNotContain("<b data-fuzz").doesNotContain("onmouseover='x'");
        } else if (answer.status() >= 400) {
            assertThat(type).as("a refusal that is not a page is the API error body").startsWith("application/json");
        }
    }

    /**
     * Tomcat refuses a request target with characters RFC 3986 does not allow before it has read the path or the
     * headers: the answer can only be the portal's page, in the default language.
     */
    private static boolean unreadableRequestLine(String target) {
        return target.chars().anyMatch(c -> "\"<>\\^`{|}[]#".indexOf(c) >= 0);
    }

    private static String expectedPageTag(String lang, Language language) {
        return switch (lang) {
            case "&lang=en" -> "en";
            case "&lang=zh-CN" -> "zh-CN";
            default -> language.expectedTag();
        };
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A request target may not carry spaces or control characters on the wire: those are sent percent-encoded. */
    private static String safeTarget(String target) {
        StringBuilder out = new StringBuilder();
        for (char c : target.toCharArray()) {
            if (c <= ' ' || c == 0x7f || c > 0x7e) {
                out.append(encode(String.valueOf(c)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One visitor's session on the portal's pages: cookies and the CSRF token, as a browser keeps them. */
    private static final class PageSession {
        private final Language language;
        private final List<String> cookies = new ArrayList<>();
        private String csrf = "";

        PageSession(Language language) {
            this.language = language;
        }

        RawHttp.Answer open(String path) {
            return remember(http.get(path, headers("Accept", "text/html")));
        }

        RawHttp.Answer postForm(String path, Map<String, String> fields) {
            StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf));
            fields.forEach((name, value) -> body.append('&').append(name).append('=').append(encode(value)));
            return remember(http.send("POST", path, body.toString().getBytes(StandardCharsets.UTF_8),
                    headers("Accept", "text/html", "Content-Type", "application/x-www-form-urlencoded")));
        }

        RawHttp.Answer postMultipart(String path, Map<String, String> fields) {
            String boundary = "fuzz" + UUID.randomUUID();
            StringBuilder body = new StringBuilder();
            part(body, boundary, "_csrf", csrf);
            fields.forEach((name, value) -> part(body, boundary, name, value));
            body.append("--").append(boundary).append("--\r\n");
            return remember(http.send("POST", path, body.toString().getBytes(StandardCharsets.UTF_8),
                    headers("Accept", "text/html", "Content-Type", "multipart/form-data; boundary=" + boundary)));
        }

        private static void part(StringBuilder body, String boundary, String name, String value) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                    .append("\"\r\n\r\n").append(value.replace("--" + boundary, "")).append("\r\n");
        }

        private String[] headers(String... more) {
            List<String> all = new ArrayList<>(List.of(more));
            all.add("Accept-Language");
            all.add(language.acceptLanguage());
            if (!cookies.isEmpty()) {
                all.add("Cookie");
                all.add(String.join("; ", cookies));
            }
            return all.toArray(String[]::new);
        }

        private RawHttp.Answer remember(RawHttp.Answer answer) {
            String setCookies = answer.header("Set-Cookie");
            if (setCookies != null) {
                for (String cookie : setCookies.split("\n")) {
                    String pair = cookie.split(";", 2)[0];
                    cookies.removeIf(existing -> existing.startsWith(pair.split("=", 2)[0] + "="));
                    cookies.add(pair);
                }
            }
            Matcher token = CSRF.matcher(answer.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return answer;
        }
    }
}
