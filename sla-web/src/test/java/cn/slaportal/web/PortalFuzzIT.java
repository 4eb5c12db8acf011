package cn.slaportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property-based fuzzing (issue 8) of every JSON API endpoint and every public form, through raw HTTP against the
 * application the other ITs share (same test configuration, so Spring's context cache serves it). Generated query
 * strings (with broken percent-encoding), bodies (JSON, CSV, multipart, form fields) and headers (content types,
 * languages). Every answer: never a 5xx; every API refusal the documented {@code {"error":{"code","message"}}} in the
 * requested language; every page in the requested language; no generated markup reflected unescaped into HTML.
 * About 2 250 requests in all.
 *
 * <p>Plain JUnit, no property-testing library: each property is a {@link TestFactory} of dynamic tests, one per
 * case, each drawing its input from a {@link Random} with its own seed, derived from the base seed
 * {@value #DEFAULT_SEED} (or {@code -Dsla.fuzz.seed=...}) and the case number. The seed is logged at the start and
 * in every case's name; a failing case reports its number, its seed and the input it generated, and the same base
 * seed generates the same inputs again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalFuzzIT {

    private static final long DEFAULT_SEED = 20_260_201L;
    private static final long SEED = Long.getLong("sla.fuzz.seed", DEFAULT_SEED);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** A message may quote the input back (“…” in both languages); the input's own language says nothing. */
    private static final Pattern QUOTED_INPUT = Pattern.compile("“[^”]*”|「[^」]*」");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** Markup a fuzzed value carries; it must never come back unescaped. */
    private static final String MARKUP = "<b data-fuzz=\"1\" onmouseover='x'>";
    private static final String DEFAULT_TAG = "zh-CN";

    @LocalServerPort
    private int port;

    private RawHttp http;

    @BeforeAll
    static void logTheSeed() {
        System.out.printf("PortalFuzzIT: base seed %d (repeat a run with -Dsla.fuzz.seed=%d)%n", SEED, SEED);
    }

    @BeforeEach
    void connect() {
        http = new RawHttp(port);
    }

    /**
     * The sign-in property fails 150 sign-ins from the loopback address: the throttle then holds that address back,
     * and the ITs sharing this context after this class could no longer sign in. Forget every count.
     */
    @AfterAll
    static void forgetTheFailedSignIns(@Autowired JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM login_throttle");
    }

    /** A language as the client asks for it, and the language the answer must be in. */
    record Language(String acceptLanguage, String expectedTag) {
    }

    private static final List<Language> LANGUAGES = List.of(new Language("en", "en"),
            new Language("en-US,en;q=0.9", "en"), new Language("zh-CN", "zh-CN"), new Language("zh-TW", "zh-CN"),
            new Language("fr", "zh-CN"), new Language("*", "zh-CN"), new Language("", "zh-CN"),
            new Language(";;q=x,,", "zh-CN"), new Language("en;q=0, zh-CN;q=0.5", "zh-CN"));

    // ------------------------------------------------------------------------------------------- properties

    record ApiQuery(String serviceLevel, String incidentDate, String billingDay, String document, Language language) {
    }

    @TestFactory
    Stream<DynamicTest> apiQueriesNeverFailAndRefuseInTheDocumentedFormat() {
        return forAll("apiQueries", 400, random -> new ApiQuery(queryValue(random), queryValue(random),
                queryValue(random), queryValue(random), language(random)), input -> {
            String target = switch (Math.floorMod(input.serviceLevel().hashCode() ^ input.document().hashCode(), 3)) {
                case 0 -> "/api/v1/claims/deadline?serviceLevel=" + input.serviceLevel() + "&incidentDate="
                        + input.incidentDate() + "&billingDay=" + input.billingDay();
                case 1 -> "/api/v1/documents/" + input.document() + "/versions";
                default -> "/api/v1/service-levels?" + input.serviceLevel() + "=" + input.incidentDate();
            };

            String wire = safeTarget(target);
            assertApiAnswer(wire, http.get(wire, "Accept", "application/json", "Accept-Language",
                    input.language().acceptLanguage()), input.language());
        });
    }

    record Estimate(String body, String contentType, Language language) {
    }

    @TestFactory
    Stream<DynamicTest> creditEstimatesNeverFailAndRefuseInTheDocumentedFormat() {
        return forAll("creditEstimates", 400, random -> new Estimate(estimateBody(random), contentType(random),
                language(random)), input -> assertApiAnswer("/api/v1/credits/estimate", http.send("POST",
                        "/api/v1/credits/estimate", input.body().getBytes(StandardCharsets.UTF_8), "Content-Type",
                        input.contentType(), "Accept-Language", input.language().acceptLanguage()), input.language()));
    }

    record ProbeLog(String csv, String from, String to, Language language) {
    }

    @TestFactory
    Stream<DynamicTest> probeLogsNeverFailAndRefuseInTheDocumentedFormat() {
        return forAll("probeLogs", 300, random -> new ProbeLog(probeLog(random), queryValue(random),
                queryValue(random), language(random)), input -> {
            String query = input.from().length() % 2 == 0 ? "" : "?from=" + input.from() + "&to=" + input.to();
            String wire = safeTarget("/api/v1/availability" + query);
            assertApiAnswer(wire, http.send("POST", wire, input.csv().getBytes(StandardCharsets.UTF_8),
                    "Content-Type", "text/csv", "Accept-Language", input.language().acceptLanguage()), input.language());
        });
    }

    record PageVisit(String path, String q, String lang, Language language, String accept) {
    }

    @TestFactory
    Stream<DynamicTest> pagesAndTheSearchFormNeverFailNorReflectMarkup() {
        return forAll("pages", 400, random -> new PageVisit(pagePath(random), queryValue(random),
                pageLanguageParameter(random), language(random), headerNoise(random)), input -> {
            String lang = input.lang();
            String target = safeTarget(input.path() + "?" + (lang.isEmpty() ? "" : lang.substring(1) + "&") + "q="
                    + input.q());
            RawHttp.Answer answer = http.get(target, "Accept", input.accept(), "Accept-Language",
                    input.language().acceptLanguage());

            assertPageAnswer(answer, unreadableRequestLine(target) ? DEFAULT_TAG : expectedPageTag(lang, input.language()));
        });
    }

    record CalculatorForm(String serviceLevel, String month, String fee, String name, String deployed, String downtime,
            String incidentDate, String users, String action, Language language) {
    }

    @TestFactory
    Stream<DynamicTest> theCalculatorFormNeverFailsNorReflectsMarkup() {
        return forAll("calculator", 150, random -> new CalculatorForm(value(random), value(random), value(random),
                value(random), value(random), value(random), value(random), value(random), calculatorAction(random),
                language(random)), input -> {
            PageSession session = new PageSession(http, input.language());
            session.open("/calculator");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("serviceLevel", input.serviceLevel());
            fields.put("month", input.month());
            fields.put("monthlyFee", input.fee());
            fields.put("resourceName", input.name());
            fields.put("resourceDeployed", input.deployed());
            fields.put("resourceDowntime", input.downtime());
            fields.put("incidentDate", input.incidentDate());
            fields.put("billingDay", input.users());
            fields.put("users", input.users());
            fields.put("downtimeUserMinutes", input.downtime());
            fields.put("action", input.action());

            RawHttp.Answer answer = session.postMultipart("/calculator", fields);

            assertPageAnswer(answer, input.language().expectedTag());
        });
    }

    record SignIn(String email, String password, Language language) {
    }

    @TestFactory
    Stream<DynamicTest> theSignInFormNeverFailsAndAnswersTheSameRefusal() {
        return forAll("signIn", 150, random -> new SignIn(value(random), value(random), language(random)), input -> {
            PageSession session = new PageSession(http, input.language());
            session.open("/login");

            RawHttp.Answer answer = session.postForm("/login", Map.of("email", input.email(), "password",
                    input.password()));

            assertThat(answer.status()).as("sign-in answer").isEqualTo(302);
            assertThat(answer.header("Location")).endsWith("/login?error");
            assertPageAnswer(session.open("/login?error"), input.language().expectedTag());
        });
    }

    // ------------------------------------------------------------------------------------------- cases

    /**
     * {@code tries} dynamic tests of one property: case {@code i} draws its input from a {@link Random} seeded by
     * {@link #caseSeed}, then checks it; a failure names the case, its seed and its input.
     */
    private static <T extends Record> Stream<DynamicTest> forAll(String property, int tries,
            Function<Random, T> generate, Consumer<T> check) {
        return IntStream.range(0, tries).mapToObj(i -> {
            long seed = caseSeed(property, i);
            return DynamicTest.dynamicTest("case " + i + " (seed " + seed + ")", () -> {
                T input = generate.apply(new Random(seed));
                try {
                    check.accept(input);
                } catch (AssertionError | RuntimeException failure) {
                    throw new AssertionError(String.format("%s, case %d of %d (seed %d, base seed %d: -Dsla.fuzz.seed=%d)"
                            + " failed for the input%n%s%n%s", property, i, tries, seed, SEED, SEED, show(input),
                            failure.getMessage()), failure);
                }
            });
        });
    }

    /** Case {@code i}'s seed: the base seed, the property and the case number, mixed (SplitMix64's finaliser). */
    private static long caseSeed(String property, int i) {
        long z = SEED + property.hashCode() * 0x9E3779B97F4A7C15L + (i + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A generated input as Java literals, one component a line, so that it can be pasted back. */
    private static String show(Object value) {
        if (value instanceof String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c >= 0x7f && c < 0xa0 || Character.isSurrogate(c)) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof Record record) {
            StringBuilder out = new StringBuilder();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object componentValue;
                try {
                    componentValue = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String shown = componentValue instanceof Language language
                        ? "Accept-Language " + show(language.acceptLanguage()) + " (expects " + language.expectedTag() + ")"
                        : show(componentValue);
                out.append("  ").append(component.getName()).append(" = ").append(shown).append(System.lineSeparator());
            }
            return out.toString().stripTrailing();
        }
        return String.valueOf(value);
    }

    // ------------------------------------------------------------------------------------------- generators

    @SafeVarargs
    private static <T> T oneOf(Random random, Function<Random, T>... choices) {
        return choices[random.nextInt(choices.length)].apply(random);
    }

    @SafeVarargs
    private static <T> T of(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static Language language(Random random) {
        return LANGUAGES.get(random.nextInt(LANGUAGES.size()));
    }

    /** A length up to {@code max}, the empty and the longest a little more often than the others. */
    private static int length(Random random, int max) {
        return switch (random.nextInt(20)) {
            case 0 -> 0;
            case 1 -> max;
            default -> random.nextInt(max + 1);
        };
    }

    /**
     * Any UTF-16 code unit but surrogates, private use and noncharacters: a quarter of them ASCII (control
     * characters included), the rest from the whole Basic Multilingual Plane.
     */
    private static char anyChar(Random random) {
        while (true) {
            char c = (char) (random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x10000));
            boolean excluded = Character.isSurrogate(c) || c >= 0xe000 && c <= 0xf8ff || c >= 0xfdd0 && c <= 0xfdef
                    || c >= 0xfffe;
            if (!excluded) {
                return c;
            }
        }
    }

    private static String anyString(Random random, int maxLength) {
        StringBuilder out = new StringBuilder();
        for (int i = length(random, maxLength); i > 0; i--) {
            out.append(anyChar(random));
        }
        return out.toString();
    }

    private static String stringOf(Random random, int maxLength, char from, char to) {
        StringBuilder out = new StringBuilder();
        for (int i = length(random, maxLength); i > 0; i--) {
            out.append((char) (from + random.nextInt(to - from + 1)));
        }
        return out.toString();
    }

    /** Code units of {@code chars}, one at a time: the emoji's two surrogates come apart too. */
    private static String stringOf(Random random, int maxLength, String chars) {
        StringBuilder out = new StringBuilder();
        for (int i = length(random, maxLength); i > 0; i--) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    /** A long, the extremes and small numbers a little more often than the others. */
    private static long anyLong(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> of(random, Long.MIN_VALUE, Long.MAX_VALUE, 0L, 1L, -1L);
            case 1 -> random.nextInt(201) - 100;
            default -> random.nextLong();
        };
    }

    /** Text as a client may type or forge it: any Unicode, markup, quotes, control characters, long runs. */
    private static String value(Random random) {
        return oneOf(random,
                r -> anyString(r, 40),
                r -> stringOf(r, 60, ' ', '~'),
                r -> stringOf(r, 30, "<>\"'&%;/\\=?#{}[]:,. \t\r\n\u0000é中文🙂"),
                r -> of(r, "", " ", "0", "-1", "1.5", "1e9", "99999999999999999999", "2026-02", "2026-02-10",
                        "2026-13-40", "service-bus-relays", "dynamics-365-sales-enterprise", "null", "true", "[]", "{}",
                        "NaN", "2026-02-01T10:00:05+08:00", "+999999999-12-31T23:59:59Z", "timeout"),
                r -> MARKUP + anyString(r, 10),
                r -> "x".repeat(r.nextInt(1, 3001)));
    }

    /** A query-string value as it travels: properly encoded, raw, or with broken percent sequences. */
    private static String queryValue(Random random) {
        return oneOf(random,
                r -> encode(value(r)),
                r -> of(r, "%zz", "%", "%F", "%FF", "%C0%AF", "%E4%B8", "%00", "%2F", "%25zz", "a%2", "%%", "+",
                        "%ED%A0%80", "%F4%90%80%80"),
                r -> {
                    String v = value(r);
                    return encode(v) + "%" + (v.isEmpty() ? "" : v.substring(0, 1));
                });
    }

    private static String estimateBody(Random random) {
        return oneOf(random,
                PortalFuzzIT::estimateObject,
                r -> {
                    String object = estimateObject(r);
                    return object.substring(0, object.length() / 2);
                },
                PortalFuzzIT::value,
                r -> of(r, "", "[", "{\"a\":", "\u0000", "{\"serviceLevel\":\"service-bus-relays\",\"month\":\"2026-01\","
                        + "\"monthlyFee\":\"1000.00\",\"resources\":[{\"name\":\"r\",\"deployedMinutes\":\"44640\",\"downtimeMinutes\":\"45\"}]}"));
    }

    private static String estimateObject(Random random) {
        List<String> members = new ArrayList<>();
        for (int i = length(random, 8); i > 0; i--) {
            String field = of(random, "serviceLevel", "month", "monthlyFee", "billingDay", "feeBasis", "resources",
                    "users", "scheduledDowntimeMinutes", "scheduledDowntimeNoticeDays", "downtimeUserMinutes",
                    "deployedMinutes", "downtimeMinutes", "unknown");
            String jsonValue = oneOf(random,
                    r -> jsonString(value(r)),
                    r -> String.valueOf(anyLong(r)),
                    r -> of(r, "null", "true", "[]", "{}", "1.5e400", "-0",
                            "[{\"name\":\"r\",\"deployedMinutes\":\"44640\",\"downtimeMinutes\":\"45\"}]",
                            "[{\"deployedMinutes\":" + Long.MAX_VALUE + "}]", "\"service-bus-relays\"", "\"2026-02\""));
            members.add("\"" + field + "\":" + jsonValue);
        }
        return "{" + String.join(",", members) + "}";
    }

    private static String contentType(Random random) {
        return of(random, "application/json", "application/json; charset=UTF-8", "application/json;charset=latin1",
                "application/json; charset=nonsense", "*/*", "application/*", "*/json", "text/plain", "text/csv",
                "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x", "",
                ";", "application/json; q=", "\u00e9/\u00e9");
    }

    private static String probeLog(Random random) {
        String header = random.nextBoolean() ? "timestamp,resource,outcome,latency_ms" : value(random);
        List<String> lines = new ArrayList<>();
        for (int i = length(random, 20); i > 0; i--) {
            String timestamp = oneOf(random,
                    PortalFuzzIT::value,
                    r -> Instant.ofEpochSecond(r.nextLong(-62_000_000_000L, 253_000_000_001L)).toString(),
                    r -> Instant.parse("2026-02-01T00:00:00Z").plusSeconds(r.nextInt(86_400)).toString());
            String resource = value(random);
            String outcome = random.nextBoolean() ? value(random) : of(random, "200", "503", "404", "timeout", "999");
            String latency = value(random);
            lines.add(timestamp + "," + resource + "," + outcome + "," + latency);
        }
        return header + "\n" + String.join("\n", lines) + "\n";
    }

    private static String pagePath(Random random) {
        return of(random, "/", "/sla", "/sla/service-bus", "/sla/service-bus/versions", "/sla/service-bus/versions/1",
                "/sla/service-bus/diff", "/faq", "/faq/general", "/search", "/calculator", "/login", "/sla/feed.atom",
                "/no-such-page", "/sla/no-such-document", "/sla/service-bus/versions/999999999", "/error");
    }

    private static String pageLanguageParameter(Random random) {
        return of(random, "", "&lang=en", "&lang=zh-CN", "&lang=xx", "&lang=%zz", "&lang=");
    }

    private static String headerNoise(Random random) {
        return of(random, "text/html", "text/html,application/xhtml+xml", "*/*", "application/json", "image/png",
                "text/*", ";;;", "");
    }

    private static String calculatorAction(Random random) {
        return random.nextBoolean() ? of(random, "calculate", "add-row", "switch") : value(random);
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
        private final RawHttp http;
        private final Language language;
        private final List<String> cookies = new ArrayList<>();
        private String csrf = "";

        PageSession(RawHttp http, Language language) {
            this.http = http;
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
