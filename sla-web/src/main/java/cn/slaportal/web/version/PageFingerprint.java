package cn.slaportal.web.version;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.zip.CRC32;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * A checksum of everything besides the data that shapes a page: templates, message bundles and static assets.
 * It is part of every page validator, so a new release never answers 304 for a page whose markup changed, while
 * instances of the same release agree on their validators.
 */
@Component
class PageFingerprint {

    private static final String[] PATTERNS = {"classpath*:templates/**/*.html", "classpath*:messages*.properties",
            "classpath*:static/**/*.*"};

    private final String value;

    PageFingerprint() {
        this.value = compute();
    }

    String value() {
        return value;
    }

    private static String compute() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        CRC32 crc = new CRC32();
        try {
            for (String pattern : PATTERNS) {
                Resource[] resources = resolver.getResources(pattern);
                Arrays.sort(resources, Comparator.comparing(PageFingerprint::name));
                for (Resource resource : resources) {
                    crc.update(name(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    try (InputStream in = resource.getInputStream()) {
                        crc.update(in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the page resources", e);
        }
        return Long.toHexString(crc.getValue());
    }

    private static String name(Resource resource) {
        String name = resource.getDescription();
        int templates = Math.max(Math.max(name.lastIndexOf("templates/"), name.lastIndexOf("static/")),
                name.lastIndexOf("messages"));
        return templates < 0 ? name : name.substring(templates);
    }
}
