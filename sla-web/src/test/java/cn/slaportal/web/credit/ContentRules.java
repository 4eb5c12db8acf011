package cn.slaportal.web.credit;

import cn.slaportal.core.catalog.RuleSetFormat;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;

/** Service levels as the published content files' rule sets state them (v1), for tests without a database. */
final class ContentRules {

    private ContentRules() {
    }

    static ServiceLevel level(String document, String slug) {
        try {
            String text = new ClassPathResource("content/sla/" + document + "/v1.rules")
                    .getContentAsString(StandardCharsets.UTF_8);
            return RuleSetFormat.parse(text).level(new ServiceLevelSlug(slug)).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
