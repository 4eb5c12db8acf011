package cn.slaportal.web.version;

import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.SlaVersionSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/documents/{document}/versions}: the published versions of a document, oldest first. */
@RestController
class DocumentVersionsApiController {

    private final SlaVersionStore versions;
    private final MessageSource messages;

    DocumentVersionsApiController(SlaVersionStore versions, MessageSource messages) {
        this.versions = versions;
        this.messages = messages;
    }

    @GetMapping(value = "/api/v1/documents/{document}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> versions(@PathVariable String document, Locale locale) {
        List<SlaVersionSummary> found = versions.versions(document);
        if (found.isEmpty()) {
            return VersionApiJson.notFound(messages, "unknown-document", locale, document);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(found.stream().map(v -> json(v)).toList());
    }

    private static Map<String, Object> json(SlaVersionSummary version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", version.number());
        json.put("publishedAt", version.publishedAt().toString());
        json.put("effectiveFrom", version.effectiveFrom().toString());
        json.put("adverse", version.adverse());
        json.put("summary", VersionApiJson.bilingual(version.summary()));
        return json;
    }
}
