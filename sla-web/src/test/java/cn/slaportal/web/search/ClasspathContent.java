package cn.slaportal.web.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Search entries built from the content files packaged on the classpath (the importer's input). */
final class ClasspathContent {

    private static final Pattern SLA_FILE = Pattern.compile(".*/content/sla/([^/]+)/v(\\d+)\\.(en|zh-CN)\\.md$");
    private static final Pattern FAQ_FILE = Pattern.compile(".*/content/faq/([^/]+)/([^/]+)\\.(en|zh-CN)\\.md$");

    private ClasspathContent() {
    }

    /** Every FAQ entry and the clauses of the highest version of each SLA document, both languages. */
    static List<SearchEntry> entries() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, Integer> latest = new HashMap<>();
        Map<String, String> slaTexts = new HashMap<>();
        for (Resource resource : resolver.getResources("classpath*:content/sla/*/*.md")) {
            Matcher matcher = SLA_FILE.matcher(resource.getURL().toString());
            if (matcher.matches()) {
                latest.merge(matcher.group(1), Integer.parseInt(matcher.group(2)), Math::max);
                slaTexts.put(matcher.group(1) + "/" + matcher.group(2) + "/" + matcher.group(3), read(resource));
            }
        }
        List<SearchEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Integer> document : latest.entrySet()) {
            for (String language : List.of("en", "zh-CN")) {
                String text = slaTexts.get(document.getKey() + "/" + document.getValue() + "/" + language);
                if (text != null) {
                    entries.addAll(SearchEntries.slaClauses(document.getKey(), frontMatter(text, "title"), language, text));
                }
            }
        }
        for (Resource resource : resolver.getResources("classpath*:content/faq/*/*.md")) {
            Matcher matcher = FAQ_FILE.matcher(resource.getURL().toString());
            if (matcher.matches()) {
                String text = read(resource);
                entries.add(SearchEntries.faqEntry(matcher.group(1), matcher.group(1), matcher.group(2), matcher.group(3),
                        frontMatter(text, "title"), body(text)));
            }
        }
        return entries;
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String frontMatter(String text, String key) {
        Matcher matcher = Pattern.compile("(?m)^" + key + ":\\s*(.*)$").matcher(text);
        return matcher.find() ? matcher.group(1).strip() : "";
    }

    private static String body(String text) {
        int end = text.indexOf("\n---", 3);
        return end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1);
    }
}
