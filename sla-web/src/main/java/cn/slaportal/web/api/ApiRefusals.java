package cn.slaportal.web.api;

import java.util.List;

/**
 * The API's answer to a refusal that no controller made (a firewall or Tomcat refusal, an error dispatch): which
 * addresses belong to the API, and which message code and arguments a bare HTTP status gets.
 */
public final class ApiRefusals {

    private ApiRefusals() {
    }

    /** Whether a raw request path (as sent, not decoded) addresses the JSON API. */
    public static boolean isApiPath(String rawPath) {
        return rawPath != null && (rawPath.equals("/api") || rawPath.startsWith("/api/"));
    }

    public static String code(int status) {
        return switch (status) {
            case 404 -> "api.error.not-found";
            case 405 -> "api.error.method-not-allowed";
            case 406 -> "api.error.not-acceptable";
            case 413 -> "api.error.payload-too-large";
            case 415 -> "api.error.unsupported-media-type";
            // the database outage refused before any controller (error.OutageRefusalFilter): the API's own 503 text
            case 503 -> "api.error.unavailable";
            default -> status >= 500 ? "api.error.internal" : "api.error.bad-request";
        };
    }

    public static List<Object> arguments(int status, String method) {
        return switch (status) {
            case 405 -> List.of(method == null ? "" : method);
            case 406, 415 -> List.of("application/json");
            default -> List.of();
        };
    }
}
