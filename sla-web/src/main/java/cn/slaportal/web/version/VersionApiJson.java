package cn.slaportal.web.version;

import cn.slaportal.core.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bilingual JSON shape {@code {"en","zh-CN"}} of this package's machine-readable answers (SPEC 4.2). */
final class VersionApiJson {

    private VersionApiJson() {
    }

    static Map<String, String> bilingual(LocalizedText text) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("en", text.en());
        json.put("zh-CN", text.zhCn());
        return json;
    }
}
