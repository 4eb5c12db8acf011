package cn.slaportal.i18n.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The two message bundles, read from the classpath as the application reads them (so every block appended by
 * any feature is checked): same keys both ways, same placeholders, no empty value, clean UTF-8, Simplified
 * Chinese in zh_CN (a short list of Traditional-only characters, and OpenCC character by character), no Chinese
 * in en except language names.
 */
class MessageBundlesParityTest {

    private static final String EN_FILE = "messages_en.properties";
    private static final String ZH_FILE = "messages_zh_CN.properties";
    private static final String BASE_FILE = "messages.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,[^}]*)?}");
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*(?:\\.[A-Z0-9_]+|\\.[a-z]{2}-[A-Z]{2})?");
    /** Characters that exist only in Traditional Chinese; each has a Simplified form the bundle must use. */
    private static final String TRADITIONAL_ONLY =
            "務級別協議門戶語體說時間這個們來對會為與開關點錯誤請頁積帳號網數據條發現應實際當從後過還讓進運達選項顯檢"
                    + "單價費詢認證設計劃範圍態審覈權歷變儲傳輸層組織訂閱續約聯繫電郵資訊檔標題內區處規則";
    /**
     * Characters OpenCC converts although the 通用规范汉字表 (2013) keeps them as standard Simplified characters in
     * particular senses (the same list as the content checks).
     */
    private static final Set<String> STANDARD_SIMPLIFIED_THAT_OPENCC_CONVERTS = Set.of("夥", "徵", "昇", "甦");
    /** Sequences that UTF-8 text decoded as Latin-1 or Windows-1252 leaves behind. */
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂâåæçèéä][\\u0080-\\u00BF\\u2018-\\u201E\\u20AC\\u2122\\u0152\\u0153\\u0160\\u0161\\u017D\\u017E\\u0178\\u02C6\\u02DC]");

    private final Map<String, String> english = load(EN_FILE);
    private final Map<String, String> chinese = load(ZH_FILE);

    @Test
    void everyEnglishKeyHasAChineseText() {
        assertThat(difference(english.keySet(), chinese.keySet())).as("keys only in " + EN_FILE).isEmpty();
    }

    @Test
    void everyChineseKeyHasAnEnglishText() {
        assertThat(difference(chinese.keySet(), english.keySet())).as("keys only in " + ZH_FILE).isEmpty();
    }

    @Test
    void bundlesAreNotEmpty() {
        assertThat(english).containsKeys("site.name", "lang.en", "lang.zh-CN", "error.404.title");
        assertThat(chinese).containsKeys("site.name", "lang.en", "lang.zh-CN", "error.404.title");
    }

    @Test
    void noKeyIsDefinedTwiceInOneFile() {
        assertThat(duplicateKeys(EN_FILE)).as("duplicate keys in " + EN_FILE).isEmpty();
        assertThat(duplicateKeys(ZH_FILE)).as("duplicate keys in " + ZH_FILE).isEmpty();
    }

    @Test
    void noValueIsEmpty() {
        assertThat(blankValues(english)).as("empty values in " + EN_FILE).isEmpty();
        assertThat(blankValues(chinese)).as("empty values in " + ZH_FILE).isEmpty();
    }

    @Test
    void keysFollowTheFeatureContextElementConvention() {
        List<String> misshapen = new ArrayList<>();
        for (String key : union(english.keySet(), chinese.keySet())) {
            if (!KEY_SHAPE.matcher(key).matches() || !key.contains(".")) {
                misshapen.add(key);
            }
        }
        assertThat(misshapen).as("keys not shaped feature.context.element").isEmpty();
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() {
        List<String> mismatches = new ArrayList<>();
        for (String key : english.keySet()) {
            if (chinese.containsKey(key)
                    && !placeholders(english.get(key)).equals(placeholders(chinese.get(key)))) {
                mismatches.add(key + ": en " + placeholders(english.get(key)) + " zh_CN " + placeholders(chinese.get(key)));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void valuesWithPlaceholdersAreValidMessageFormatPatterns() {
        List<String> broken = new ArrayList<>();
        checkMessageFormat(EN_FILE, english, broken);
        checkMessageFormat(ZH_FILE, chinese, broken);
        assertThat(broken).as("single quotes doubled exactly where a value has placeholders").isEmpty();
    }

    @Test
    void filesAreCleanUtf8WithRealCharacters() {
        for (String file : List.of(EN_FILE, ZH_FILE, BASE_FILE)) {
            String text = decodeStrictly(file);
            assertThat(text).as(file + " starts with a byte order mark").doesNotStartWith("\uFEFF");
            assertThat(text).as(file + " contains a replacement character").doesNotContain("\uFFFD");
            assertThat(text.lines().filter(line -> !line.stripLeading().startsWith("#") && line.contains("\\u")).toList())
                    .as(file + " uses \\u escapes instead of real characters").isEmpty();
            Matcher mojibake = MOJIBAKE.matcher(text);
            assertThat(mojibake.find()).as(file + " contains mojibake near: "
                    + (mojibake.hitEnd() ? "" : text.substring(Math.max(0, mojibake.start() - 20),
                    Math.min(text.length(), mojibake.end() + 20)))).isFalse();
        }
    }

    @Test
    void chineseTextsAreSimplifiedChinese() {
        List<String> traditional = new ArrayList<>();
        chinese.forEach((key, value) -> value.codePoints()
                .filter(codePoint -> TRADITIONAL_ONLY.indexOf(codePoint) >= 0)
                .findFirst()
                .ifPresent(codePoint -> traditional.add(key + " contains " + Character.toString(codePoint))));
        assertThat(traditional).isEmpty();
    }

    @Test
    void openCcFindsNoTraditionalCharacterInChineseTexts() {
        List<String> traditional = new ArrayList<>();
        chinese.forEach((key, value) -> value.codePoints()
                .filter(MessageBundlesParityTest::isHan)
                .mapToObj(Character::toString)
                .filter(character -> !STANDARD_SIMPLIFIED_THAT_OPENCC_CONVERTS.contains(character))
                .filter(character -> !ZhConverterUtil.toSimple(character).equals(character))
                .forEach(character -> traditional.add(key + ": " + character + " -> " + ZhConverterUtil.toSimple(character))));
        assertThat(traditional).isEmpty();
        assertThat(ZhConverterUtil.toSimple("服務級別協議")).as("OpenCC converts Traditional text").isEqualTo("服务级别协议");
    }

    @Test
    void chineseTextsAreActuallyTranslated() {
        List<String> untranslated = new ArrayList<>();
        chinese.forEach((key, value) -> {
            if (!key.startsWith("lang.") && value.equals(english.get(key)) && value.codePoints().anyMatch(Character::isLetter)
                    && value.codePoints().noneMatch(MessageBundlesParityTest::isHan)
                    && value.matches(".*[a-z]{3,}\\s+[a-z]{3,}.*")) {
                untranslated.add(key);
            }
        });
        assertThat(untranslated).as("zh_CN values identical to the English sentence").isEmpty();
    }

    @Test
    void englishTextsContainNoChineseExceptLanguageNames() {
        List<String> withChinese = new ArrayList<>();
        english.forEach((key, value) -> {
            if (!key.startsWith("lang.") && value.codePoints().anyMatch(MessageBundlesParityTest::isChineseCharacter)) {
                withChinese.add(key + "=" + value);
            }
        });
        assertThat(withChinese).isEmpty();
    }

    @Test
    void languageNamesAreWrittenInTheirOwnLanguageInBothFiles() {
        assertThat(english.get("lang.en")).isEqualTo("English").isEqualTo(chinese.get("lang.en"));
        assertThat(english.get("lang.zh-CN")).isEqualTo("简体中文").isEqualTo(chinese.get("lang.zh-CN"));
    }

    @Test
    void baseBundleHoldsNoKeysSoAMissingTranslationCannotHide() {
        assertThat(load(BASE_FILE)).isEmpty();
    }

    @Test
    void springReadsBothBundlesAsUtf8() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        assertThat(messages.getMessage("site.name", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo(chinese.get("site.name"))
                .contains("服务");
        assertThat(messages.getMessage("site.name", null, Locale.ENGLISH)).isEqualTo("SLA Portal");
        assertThat(messages.getMessage("footer.copyright", new Object[] {"2026"}, Locale.ENGLISH)).contains("2026");
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean isChineseCharacter(int codePoint) {
        return isHan(codePoint)
                || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
    }

    private static Set<String> placeholders(String value) {
        Set<String> indices = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            indices.add("{" + matcher.group(1) + "}");
        }
        return indices;
    }

    private static void checkMessageFormat(String file, Map<String, String> bundle, List<String> broken) {
        bundle.forEach((key, value) -> {
            if (placeholders(value).isEmpty()) {
                if (value.contains("''")) {
                    broken.add(file + " " + key + ": doubled quote shows literally in a value without placeholders");
                }
                return;
            }
            if (value.replace("''", "").contains("'")) {
                broken.add(file + " " + key + ": single quote not doubled");
                return;
            }
            try {
                new MessageFormat(value, Locale.ROOT);
            } catch (IllegalArgumentException invalid) {
                broken.add(file + " " + key + ": " + invalid.getMessage());
            }
        });
    }

    private static List<String> blankValues(Map<String, String> bundle) {
        return bundle.entrySet().stream().filter(entry -> entry.getValue().isBlank()).map(Map.Entry::getKey).toList();
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }

    private static Set<String> union(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.addAll(right);
        return result;
    }

    private static Map<String, String> load(String file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(decodeStrictly(file)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        Map<String, String> bundle = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> bundle.put(key, properties.getProperty(key)));
        return bundle;
    }

    private static Set<String> duplicateKeys(String file) {
        Set<String> duplicates = new TreeSet<>();
        Properties counting = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    duplicates.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try {
            counting.load(new StringReader(decodeStrictly(file)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return duplicates;
    }

    private static String decodeStrictly(String file) {
        try (InputStream in = MessageBundlesParityTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file + " on the classpath").isNotNull();
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new AssertionError(file + " is not valid UTF-8", notUtf8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
