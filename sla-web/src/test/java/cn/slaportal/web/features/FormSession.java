package cn.slaportal.web.features;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session for form posts over plain HTTP: loads a page, keeps its cookies and CSRF token, and
 * posts multipart forms as a browser does (repeated fields, an optional file part).
 */
final class FormSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpPages http;
    private final List<String> cookies = new ArrayList<>();
    private String csrf;

    FormSession(HttpPages http) {
        this.http = http;
    }

    HttpResponse<String> open(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(pathAndQuery)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies));
        }
        HttpResponse<String> page = http.send(request.build());
        remember(page);
        return page;
    }

    /** Posts the fields (each value list in order) and, when {@code fileName} is not null, a file part "probeLog". */
    HttpResponse<String> postMultipart(String path, Map<String, List<String>> fields, String fileName, byte[] file)
            throws IOException, InterruptedException {
        String boundary = "----features" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "_csrf", csrf);
        fields.forEach((name, values) -> values.forEach(value -> part(body, boundary, name, value)));
        if (fileName != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"probeLog\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n");
            body.writeBytes(file);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(http.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", String.join("; ", cookies))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> page = http.send(request);
        remember(page);
        return page;
    }

    private void remember(HttpResponse<String> page) {
        for (String header : page.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.split("=", 2)[0];
            cookies.removeIf(cookie -> cookie.startsWith(name + "="));
            cookies.add(pair);
        }
        Matcher matcher = CSRF.matcher(page.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
