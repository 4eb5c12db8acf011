package cn.slaportal.web.search;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds Traditional Chinese characters to Simplified ones (服務積分 -> 服务积分), character by character with
 * OpenCC's character table, so a query typed in Traditional characters finds the Simplified texts. Each character
 * is converted once and remembered; other characters pass through unchanged.
 */
final class ChineseFolding {

    private static final Map<Integer, String> FOLDED = new ConcurrentHashMap<>();

    private ChineseFolding() {
    }

    static String toSimplified(String text) {
        int first = 0;
        while (first < text.length() && !isHan(text.codePointAt(first))) {
            first += Character.charCount(text.codePointAt(first));
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder folded = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isHan(codePoint)) {
                folded.append(FOLDED.computeIfAbsent(codePoint, c -> simplified(Character.toString(c))));
            } else {
                folded.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    private static String simplified(String character) {
        String converted = ZhConverterUtil.toSimple(character);
        return converted == null || converted.isEmpty() ? character : converted;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
