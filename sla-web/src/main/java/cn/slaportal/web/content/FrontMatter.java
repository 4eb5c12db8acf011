package cn.slaportal.web.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A content file split into its front matter ({@code key: value} lines between two {@code ---} lines)
 * and its Markdown body. Strict: a file without front matter, a line without a colon or a repeated key
 * is refused with the file's name in the message.
 */
record FrontMatter(Map<String, String> fields, String body) {

    static FrontMatter parse(String source, String text) {
        String normalised = text.replace("\r\n", "\n");
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        if (!normalised.startsWith("---\n")) {
            throw new ContentFormatException(source, "no front matter");
        }
        int end = normalised.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new ContentFormatException(source, "front matter is not closed");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : normalised.substring(4, end).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ContentFormatException(source, "front matter line without key: " + line);
            }
            String key = line.substring(0, colon).trim();
            if (fields.put(key, unquote(line.substring(colon + 1).trim())) != null) {
                throw new ContentFormatException(source, "front matter key repeated: " + key);
            }
        }
        String body = normalised.substring(end + 5);
        while (body.startsWith("\n")) {
            body = body.substring(1);
        }
        return new FrontMatter(Map.copyOf(fields), body);
    }

    String required(String source, String key) {
        return optional(key).orElseThrow(() -> new ContentFormatException(source, "front matter has no " + key));
    }

    Optional<String> optional(String key) {
        return Optional.ofNullable(fields.get(key)).filter(value -> !value.isBlank());
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
