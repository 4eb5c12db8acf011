package cn.slaportal.web.version;

import cn.slaportal.persistence.version.SlaVersionSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cn.slaportal.web.api.ApiProblem;
import cn.slaportal.web.api.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/documents/{document}/versions}: the published versions of a document (scheduled ones
 * included), oldest first; an unknown document is a localised JSON 404.
 */
@JsonApi
@RestController
class DocumentVersionsApiController {

    private final SlaReading reading;

    DocumentVersionsApiController(SlaReading reading) {
        this.reading = reading;
    }

    @GetMapping(value = "/api/v1/documents/{document}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> versions(@PathVariable String document) {
        List<SlaVersionSummary> found = reading.published().versions(document);
        if (found.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "version.json.error.unknown-document", document);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(found.stream().map(DocumentVersionsApiController::json).toList());
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
