package cn.slaportal.web.apidocs;

import java.util.Locale;

/**
 * One operation of the JSON API as the API page lists it: {@code GET /api/v1/service-levels}. {@code key} names
 * its description in the bundles: {@code api.endpoint.get.service-levels}.
 */
public record ApiEndpoint(String method, String path) {

    static final String PREFIX = "/api/v1/";

    public String key() {
        String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        return "api.endpoint." + method.toLowerCase(Locale.ROOT) + "."
                + rest.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
