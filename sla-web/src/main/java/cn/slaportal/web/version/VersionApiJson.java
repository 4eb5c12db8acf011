package cn.slaportal.web.version;

import cn.slaportal.core.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The JSON shapes shared by this package's machine-readable answers (SPEC 4.2). */
final class VersionApiJson {

    private VersionApiJson() {
    }

    /** {@code {"error":{"code","message"}}} with 404, the message in the request's language. */
    static ResponseEntity<Object> notFound(MessageSource messages, String code, Locale locale, Object... arguments) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", messages.getMessage("version.json.error." + code, arguments, locale));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", error));
    }

    static Map<String, String> bilingual(LocalizedText text) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("en", text.en());
        json.put("zh-CN", text.zhCn());
        return json;
    }
}
