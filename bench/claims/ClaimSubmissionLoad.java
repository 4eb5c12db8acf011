import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claim submission through the HTML form (SPEC 7, issue 10), driven by {@code bench/claims}: JDK only, run as a
 * single source file. Everything is made through the portal's own pages, as people would:
 * <ol>
 * <li>the demo administrator signs in, records the operator's incidents on one service level and creates one
 * organisation per customer, each with a subscription term on that level and an invitation;</li>
 * <li>each invited customer opens the link of the invitation e-mail (read from the outbox row the invitation wrote,
 * through the {@code mariadb} client), sets a password and signs in;</li>
 * <li>warm-up: every customer previews claims (Preview button: decides, stores nothing) for the warm-up seconds;</li>
 * <li>measured: all customers at once, each files a claim for every incident: GET the pre-filled form
 * ({@code ?subscription=&incident=}) for the CSRF token and the operator's figures, POST it as the browser does
 * (multipart, empty probe-log part, action=submit), expect 302 to the claim, GET the confirmation page.</li>
 * </ol>
 * Prints the latency of each step (median, p90, p99, max), claims per second, every unexpected answer; then checks
 * in the database that every claim answered with a reference is stored once, under that reference, and nothing else.
 * Exit status 0 only without an error and with every claim stored under a distinct reference.
 *
 * <p>Arguments: {@code baseUrl database customers claimsPerCustomer warmupSeconds}; environment {@code DB_USER},
 * {@code DB_PASSWORD} for the mariadb client (127.0.0.1:3306).
 */
public final class ClaimSubmissionLoad {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern INVITATION = Pattern.compile("/invitation/([A-Za-z0-9_-]{16,})");
    private static final Pattern CLAIM = Pattern.compile("/account/claims/(CLM-\\d{4}-\\d{6,})");
    private static final String LEVEL = "service-bus-relays";
    private static final String ADMIN = "admin@slaportal.demo";
    private static final String ADMIN_PASSWORD = "demo-admin-2026";
    private static final String PASSWORD = "bench-customer-2026";

    private final String base;
    private final String database;
    private final int customers;
    private final int claimsPerCustomer;
    private final int warmupSeconds;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final AtomicInteger errorCount = new AtomicInteger();

    private ClaimSubmissionLoad(String[] args) {
        base = args[0];
        database = args[1];
        customers = Integer.parseInt(args[2]);
        claimsPerCustomer = Integer.parseInt(args[3]);
        warmupSeconds = Integer.parseInt(args[4]);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new ClaimSubmissionLoad(args).run());
    }

    private int run() throws Exception {
        long setupStart = System.nanoTime();
        Session admin = new Session();
        admin.signIn(ADMIN, ADMIN_PASSWORD);
        List<String> incidents = recordIncidents(admin);
        List<Customer> all = new ArrayList<>();
        for (int n = 1; n <= customers; n++) {
            all.add(createCustomer(admin, n));
        }
        for (Customer customer : all) {
            customer.acceptInvitationAndSignIn(invitationToken(customer.email));
        }
        log("set-up through the portal's pages: %d incidents on %s, %d organisations with a term, an invited user each,"
                + " in %.1f s", incidents.size(), LEVEL, all.size(), (System.nanoTime() - setupStart) / 1e9);

        ExecutorService pool = Executors.newFixedThreadPool(customers);
        if (warmupSeconds > 0) {
            long until = System.nanoTime() + warmupSeconds * 1_000_000_000L;
            AtomicInteger previews = new AtomicInteger();
            List<Future<?>> warm = new ArrayList<>();
            for (Customer customer : all) {
                warm.add(pool.submit(() -> {
                    int i = 0;
                    while (System.nanoTime() < until) {
                        customer.file(incidents.get(i++ % incidents.size()), "preview", null);
                        previews.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : warm) {
                f.get();
            }
            log("warm-up: %d previews in %d s (nothing stored)", previews.get(), warmupSeconds);
            if (errorCount.get() > 0) {
                log("errors during the warm-up:");
                errors.forEach(error -> System.out.println("  " + error));
                return 1;
            }
        }

        Timings form = new Timings();
        Timings submit = new Timings();
        Timings confirmation = new Timings();
        Map<String, String> references = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < all.size(); c++) {
            Customer customer = all.get(c);
            int offset = c;
            work.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < incidents.size(); i++) {
                    String incident = incidents.get((i + offset) % incidents.size());
                    Filed filed = customer.file(incident, "submit", new Timings[] {form, submit, confirmation});
                    if (filed != null && references.put(filed.reference, customer.email + " " + incident) != null) {
                        error("reference " + filed.reference + " answered twice");
                    }
                }
                return null;
            }));
        }
        long measuredStart = System.nanoTime();
        start.countDown();
        for (Future<?> f : work) {
            f.get();
        }
        double seconds = (System.nanoTime() - measuredStart) / 1e9;
        pool.shutdown();

        int expected = customers * incidents.size();
        System.out.println();
        System.out.printf("%d customers at once, %d claims each through the form (GET form, POST, GET confirmation)%n",
                customers, incidents.size());
        System.out.printf("%-26s %8s %8s %8s %8s %8s%n", "step", "count", "median", "p90", "p99", "max");
        form.print("GET pre-filled form");
        submit.print("POST submit (the claim)");
        confirmation.print("GET confirmation");
        System.out.printf("claims filed: %d of %d in %.1f s = %.1f claims/s; errors: %d%n", references.size(), expected,
                seconds, references.size() / seconds, errorCount.get());
        errors.stream().limit(20).forEach(error -> System.out.println("  error: " + error));

        Set<String> stored = new TreeSet<>(query("SELECT c.reference FROM claim c JOIN organisation o ON o.id = c.organisation_id"
                + " WHERE o.name LIKE 'Bench " + run + " %'"));
        List<String> pairs = query("SELECT COUNT(*) FROM claim c JOIN organisation o ON o.id = c.organisation_id"
                + " WHERE o.name LIKE 'Bench " + run + " %' GROUP BY c.subscription_id, c.incident_id HAVING COUNT(*) > 1");
        List<String> rows = query("SELECT COUNT(*) FROM claim c JOIN organisation o ON o.id = c.organisation_id"
                + " WHERE o.name LIKE 'Bench " + run + " %'");
        boolean distinct = Integer.parseInt(rows.get(0)) == stored.size();
        boolean same = stored.equals(new TreeSet<>(references.keySet()));
        System.out.printf("database: %s claim rows, %d distinct references, %s answered and stored, %d subscription+incident"
                        + " pairs with more than one claim -> %s%n", rows.get(0), stored.size(),
                same ? "exactly the references" : "NOT the same references as", pairs.size(),
                distinct && same && pairs.isEmpty() && stored.size() == expected ? "every claim stored once, distinct references"
                        : "CHECK FAILED");
        return errorCount.get() == 0 && distinct && same && pairs.isEmpty() && stored.size() == expected ? 0 : 1;
    }

    private List<String> recordIncidents(Session admin) {
        List<String> ids = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(SHANGHAI).withSecond(0).withNano(0);
        for (int i = 0; i < claimsPerCustomer; i++) {
            String trackingId = "BENCH-" + run + "-" + (i + 1);
            LocalDateTime started = now.minusMinutes(90L * (i + 1));
            String token = admin.csrf("/admin/incidents/new");
            HttpResponse<String> answer = admin.post("/admin/incidents", form("_csrf", token, "trackingId", trackingId,
                    "serviceLevels", LEVEL, "start", LOCAL_MINUTE.format(started),
                    "end", LOCAL_MINUTE.format(started.plusMinutes(15 + i % 40)),
                    "descriptionEn", "Relay connections failed (bench " + run + ").",
                    "descriptionZh", "中继连接失败（基准测试 " + run + "）。"));
            expect(answer, 302, "record incident " + trackingId);
            ids.add(trackingId);
        }
        return ids;
    }

    private Customer createCustomer(Session admin, int n) {
        String name = "Bench " + run + " " + n;
        HttpResponse<String> created = admin.post("/admin/organisations",
                form("_csrf", admin.csrf("/admin/organisations"), "name", name));
        expect(created, 302, "create organisation " + name);
        String page = created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        LocalDate termStart = LocalDate.now(SHANGHAI).minusMonths(6).withDayOfMonth(1);
        expect(admin.post(page + "/subscriptions", form("_csrf", admin.csrf(page), "serviceLevel", LEVEL,
                "termStart", termStart.toString(), "termEnd", termStart.plusYears(1).minusDays(1).toString(),
                "billingDay", "1", "monthlyFee", "1000.00")), 302, "create term for " + name);
        String email = "bench-" + run + "-" + n + "@customer.bench";
        expect(admin.post(page + "/invitations", form("_csrf", admin.csrf(page), "email", email,
                "displayName", "Bench customer " + n)), 302, "invite " + email);
        return new Customer(email);
    }

    private String invitationToken(String email) throws IOException, InterruptedException {
        List<String> bodies = query("SELECT body_text FROM mail_outbox WHERE recipient = '" + email + "'");
        for (String body : bodies) {
            Matcher link = INVITATION.matcher(body);
            if (link.find()) {
                return link.group(1);
            }
        }
        throw new IllegalStateException("no invitation e-mail for " + email + " in the outbox");
    }

    private List<String> query(String sql) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mariadb", "-h", "127.0.0.1", "-u",
                System.getenv().getOrDefault("DB_USER", "root"), "-N", "-B", "-e", sql, database));
        String password = System.getenv().getOrDefault("DB_PASSWORD", "");
        if (!password.isEmpty()) {
            command.add(4, "-p" + password);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("mariadb: " + out);
        }
        return out.lines().toList();
    }

    /** One customer: an organisation with one term on the level, one signed-in user. */
    private final class Customer {

        final String email;
        final Session session = new Session();
        String subscription;

        Customer(String email) {
            this.email = email;
        }

        void acceptInvitationAndSignIn(String token) {
            String path = "/invitation/" + token;
            expect(session.post(path, form("_csrf", session.csrf(path), "password", PASSWORD,
                    "confirmation", PASSWORD)), 302, "accept the invitation of " + email);
            session.signIn(email, PASSWORD);
            Matcher radio = Pattern.compile("name=\"subscription\" value=\"(\\d+)\"").matcher(
                    session.get("/account/claims/new?lang=en").body());
            List<String> terms = new ArrayList<>();
            while (radio.find()) {
                terms.add(radio.group(1));
            }
            if (terms.size() != 1) {
                throw new IllegalStateException(email + " has " + terms.size() + " subscriptions on the claim form, not 1");
            }
            subscription = terms.get(0);
        }

        /** Files (or previews) a claim for the incident through the form; null when it was not filed. */
        Filed file(String incident, String action, Timings[] timings) {
            try {
                long t0 = System.nanoTime();
                HttpResponse<String> page = session.get("/account/claims/new?subscription=" + subscription + "&incident="
                        + incident + "&lang=en");
                long t1 = System.nanoTime();
                if (!expect(page, 200, "form for " + incident + " (" + email + ")")) {
                    return null;
                }
                String html = page.body();
                Multipart body = new Multipart();
                body.field("_csrf", token(html));
                body.field("incident", incident);
                body.field("subscription", subscription);
                List<String> deployed = values(html, "resourceDeployed");
                List<String> downtime = values(html, "resourceDowntime");
                for (int row = 0; row < deployed.size(); row++) {
                    body.field("resourceName", row == 0 ? "relay-namespace-" + email.hashCode() % 100 : "");
                    body.field("resourceDeployed", deployed.get(row));
                    body.field("resourceDowntime", row < downtime.size() ? downtime.get(row) : "");
                }
                body.file("probeLog");
                body.field("description", "Relay connections failed during " + incident + "; senders timed out.");
                body.field("affectedResources", "relay-namespace, 2 listeners");
                body.field("resolutionAttempts", "Restarted the listeners; retried with back-off.");
                body.field("action", action);
                long t2 = System.nanoTime();
                HttpResponse<String> answer = session.postMultipart("/account/claims/new?lang=en", body);
                long t3 = System.nanoTime();
                if (action.equals("preview")) {
                    expect(answer, 200, "preview " + incident + " (" + email + ")");
                    return null;
                }
                if (!expect(answer, 302, "submit " + incident + " (" + email + ")")) {
                    return null;
                }
                String location = answer.headers().firstValue("Location").orElse("");
                Matcher reference = CLAIM.matcher(location);
                if (!reference.find()) {
                    error("submit " + incident + " (" + email + "): redirected to " + location);
                    return null;
                }
                long t4 = System.nanoTime();
                HttpResponse<String> confirmed = session.get(location.replaceAll("^https?://[^/]+", ""));
                long t5 = System.nanoTime();
                if (expect(confirmed, 200, "confirmation " + reference.group(1))
                        && !confirmed.body().contains(reference.group(1))) {
                    error("confirmation page of " + reference.group(1) + " does not name it");
                }
                timings[0].add(t1 - t0);
                timings[1].add(t3 - t2);
                timings[2].add(t5 - t4);
                return new Filed(reference.group(1));
            } catch (RuntimeException failed) {
                error(action + " " + incident + " (" + email + "): " + failed);
                return null;
            }
        }
    }

    private record Filed(String reference) {
    }

    /** A browser-like visitor: own cookies, asks for HTML, follows no redirect. */
    private final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

        void signIn(String email, String password) {
            HttpResponse<String> answer = post("/login", form("_csrf", csrf("/login"), "email", email,
                    "password", password));
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("sign-in of " + email + " answered " + answer.statusCode() + " " + location);
            }
        }

        String csrf(String page) {
            return token(get(page).body());
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
        }

        HttpResponse<String> post(String path, String form) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> postMultipart(String path, Multipart body) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                    .header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A multipart/form-data body as a browser sends the claim form (an empty file input is an empty part). */
    private static final class Multipart {

        static final String BOUNDARY = "----ClaimBenchBoundary7MA4YWxkTrZu0gW";
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void field(String name, String value) {
            write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        }

        void file(String name) {
            write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n\r\n");
        }

        byte[] bytes() {
            write("--" + BOUNDARY + "--\r\n");
            return out.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Latencies of one step, in nanoseconds. */
    private static final class Timings {

        private final List<Long> values = Collections.synchronizedList(new ArrayList<>());

        void add(long nanos) {
            values.add(nanos);
        }

        void print(String step) {
            List<Long> sorted;
            synchronized (values) {
                sorted = new ArrayList<>(values);
            }
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                System.out.printf("%-26s %8d%n", step, 0);
                return;
            }
            System.out.printf("%-26s %8d %8s %8s %8s %8s%n", step, sorted.size(), ms(percentile(sorted, 50)),
                    ms(percentile(sorted, 90)), ms(percentile(sorted, 99)), ms(sorted.get(sorted.size() - 1)));
        }

        /** Nearest-rank percentile. */
        private static long percentile(List<Long> sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }

        private static String ms(long nanos) {
            return String.format("%.1f ms", nanos / 1e6);
        }
    }

    private static String token(String html) {
        Matcher token = CSRF.matcher(html);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return token.group(1) != null ? token.group(1) : token.group(2);
    }

    /** The values of the inputs named {@code name}, in page order (HTML entities as Thymeleaf writes numbers: none). */
    private static List<String> values(String html, String name) {
        List<String> values = new ArrayList<>();
        Matcher input = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>").matcher(html);
        while (input.find()) {
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
            values.add(value.find() ? value.group(1) : "");
        }
        return values;
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private boolean expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() == status) {
            return true;
        }
        String body = answer.body();
        Matcher firstError = Pattern.compile("class=\"field-error\"[^>]*>([^<]*)<").matcher(body);
        error(what + ": " + answer.statusCode() + " instead of " + status
                + answer.headers().firstValue("Location").map(l -> " -> " + l).orElse("")
                + (firstError.find() ? " (" + firstError.group(1).strip() + ")" : ""));
        if (status == 302 && !what.startsWith("submit") && !what.startsWith("preview")) {
            throw new IllegalStateException("set-up failed: " + errors.get(errors.size() - 1));
        }
        return false;
    }

    private void error(String what) {
        errorCount.incrementAndGet();
        if (errors.size() < 50) {
            errors.add(what);
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("== " + format + "%n", args);
    }
}
