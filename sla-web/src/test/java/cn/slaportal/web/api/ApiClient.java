package cn.slaportal.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the running application, answers read as JSON. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Answer(int status, String contentType, JsonNode json, String body) {

        public String errorCode() {
            return json.get("error").get("code").asString();
        }

        public String errorMessage() {
            return json.get("error").get("message").asString();
        }
    }

    public Answer get(String path, String language) {
        return send(request(path, language).GET().build());
    }

    public Answer postJson(String path, String json, String language) {
        return send(request(path, language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer post(String path, String contentType, String body, String language) {
        return send(request(path, language).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a body produced while it is sent: never held in memory as a whole. */
    public Answer postStream(String path, String contentType, Supplier<InputStream> body, String language) {
        return send(request(path, language).header("Content-Type", contentType)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofInputStream(body)).build());
    }

    public Answer send(String method, String path, String language) {
        return send(request(path, language).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder request(String path, String language) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body.isEmpty() ? null : JsonMapper.shared().readTree(body);
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json,
                    body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
