package cn.slaportal.web.version;

import cn.slaportal.persistence.version.SlaVersionRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import cn.slaportal.web.api.ApiProblem;
import cn.slaportal.web.api.JsonApi;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The machine-readable twin of a published SLA version. Published versions are immutable, so the answer
 * carries a strong ETag derived from its content and {@code Cache-Control: immutable}; a matching
 * {@code If-None-Match} answers 304 from a small in-memory map of ETags without reading the text again.
 */
@JsonApi
@RestController
class VersionJsonController {

    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final SlaReading reading;
    private final Map<String, String> etags = new ConcurrentHashMap<>();

    VersionJsonController(SlaReading reading) {
        this.reading = reading;
    }

    @GetMapping(value = "/sla/{document}/versions/{number:\\d{1,9}}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> version(@PathVariable String document, @PathVariable int number, WebRequest request) {
        String key = document + "/" + number;
        String known = etags.get(key);
        if (known != null && request.checkNotModified(known)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(known).cacheControl(IMMUTABLE).build();
        }
        Optional<SlaVersionRecord> found = reading.published().version(document, number);
        if (found.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "version.json.error.unknown-version", document, number);
        }
        SlaVersionRecord version = found.get();
        String etag = etags.computeIfAbsent(key, k -> etagOf(version));
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(IMMUTABLE).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(IMMUTABLE).contentType(MediaType.APPLICATION_JSON)
                .body(twin(version));
    }

    static Map<String, Object> twin(SlaVersionRecord version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("document", version.document());
        json.put("number", version.number());
        json.put("publishedAt", version.summary().publishedAt().toString());
        json.put("effectiveFrom", version.summary().effectiveFrom().toString());
        json.put("adverse", version.summary().adverse());
        json.put("title", VersionApiJson.bilingual(version.summary().title()));
        json.put("summary", VersionApiJson.bilingual(version.summary().summary()));
        json.put("clauses", clauses(version.body().en(), version.body().zhCn()));
        json.put("text", VersionApiJson.bilingual(version.body()));
        return json;
    }

    private static List<Map<String, Object>> clauses(String english, String chinese) {
        Map<String, Clause> zh = new LinkedHashMap<>();
        for (Clause clause : ClauseParser.parse(chinese)) {
            zh.putIfAbsent(clause.number(), clause);
        }
        List<Map<String, Object>> clauses = new ArrayList<>();
        for (Clause clause : ClauseParser.parse(english)) {
            if (clause.preamble()) {
                continue;
            }
            Clause twin = zh.get(clause.number());
            Map<String, Object> heading = new LinkedHashMap<>();
            heading.put("en", clause.heading());
            heading.put("zh-CN", twin == null ? "" : twin.heading());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("number", clause.number());
            json.put("anchor", clause.anchor());
            json.put("heading", heading);
            clauses.add(json);
        }
        return clauses;
    }

    private static String etagOf(SlaVersionRecord version) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(version.document(), String.valueOf(version.number()),
                    version.summary().publishedAt().toString(), version.summary().effectiveFrom().toString(),
                    String.valueOf(version.summary().adverse()), version.summary().title().en(),
                    version.summary().title().zhCn(), version.summary().summary().en(),
                    version.summary().summary().zhCn(), version.body().en(), version.body().zhCn())) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
