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
        if (text.codePoints().noneMatch(ChineseFolding::isHan)) {
            return text;
        }
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> folded.append(isHan(codePoint)
                ? FOLDED.computeIfAbsent(codePoint, c -> simplified(Character.toString(c)))
                : Character.toString(codePoint)));
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
