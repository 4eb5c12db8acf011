package cn.slaportal.i18n.locale;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The languages the portal is written in. Each has a canonical BCP 47 tag ({@code en}, {@code zh-CN}) used in
 * URLs ({@code ?lang=}), the language cookie, {@code <html lang>} and the JSON API, and a {@link Locale} whose
 * message bundle is {@code messages_en} or {@code messages_zh_CN}.
 */
public enum SupportedLanguage {

    EN("en", Locale.ENGLISH),
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE);

    /** The language of a request that states no usable preference (SPEC 4.1). */
    public static final SupportedLanguage DEFAULT = ZH_CN;

    private static final int MAX_TAG_LENGTH = 35;
    private static final Pattern TAG_CHARACTERS = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Optional<SupportedLanguage> FOUND_EN = Optional.of(EN);
    private static final Optional<SupportedLanguage> FOUND_ZH_CN = Optional.of(ZH_CN);
    /** Verdicts of {@link #bestMatch} by header value: browsers send a handful of distinct ones. */
    private static final Map<String, Optional<SupportedLanguage>> BEST_MATCHES = new ConcurrentHashMap<>();
    private static final int MAX_BEST_MATCHES = 64;

    private final String tag;
    private final Locale locale;

    SupportedLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The message key of this language's own name ({@code lang.en}, {@code lang.zh-CN}). */
    public String nameKey() {
        return "lang." + tag;
    }

    /** The other supported language: the target of the language switch. */
    public SupportedLanguage other() {
        return this == EN ? ZH_CN : EN;
    }

    /**
     * Reads a language chosen explicitly (URL parameter, cookie), leniently: case and {@code _} versus
     * {@code -} do not matter, and any English region ({@code en-US}, {@code en_GB}) or Simplified Chinese form
     * ({@code zh}, {@code zh_CN}, {@code zh-Hans}, {@code zh-Hans-CN}, {@code zh-SG}) is accepted. Traditional
     * Chinese ({@code zh-Hant}, {@code zh-TW}, {@code zh-HK}, {@code zh-MO}) and everything else is not
     * offered: empty, never an exception. The canonical tags themselves, which the portal's own links, cookie and
     * JSON write, are recognised without the full reading (the same answer, see {@link #read(String)}).
     */
    public static Optional<SupportedLanguage> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value) {
            case "en" -> FOUND_EN;
            case "zh-CN" -> FOUND_ZH_CN;
            default -> read(value);
        };
    }

    /** The full lenient reading of {@link #parse(String)}: a BCP 47 tag, {@code _} for {@code -}, any case. */
    static Optional<SupportedLanguage> read(String value) {
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TAG_LENGTH || !TAG_CHARACTERS.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        try {
            return fromLocale(new Locale.Builder().setLanguageTag(trimmed.replace('_', '-')).build());
        } catch (IllformedLocaleException notATag) {
            return Optional.empty();
        }
    }

    /** The supported language a locale asks for, with the same rules as {@link #parse(String)}. */
    public static Optional<SupportedLanguage> fromLocale(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return switch (locale.getLanguage()) {
            case "en" -> locale.getScript().isEmpty() || locale.getScript().equals("Latn")
                    ? Optional.of(EN) : Optional.empty();
            case "zh" -> isSimplifiedChinese(locale) ? Optional.of(ZH_CN) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean isSimplifiedChinese(Locale locale) {
        String script = locale.getScript();
        if (script.equals("Hans")) {
            return true;
        }
        return script.isEmpty() && !List.of("TW", "HK", "MO").contains(locale.getCountry());
    }

    /**
     * The best supported language for an {@code Accept-Language} header: ranges are tried by descending
     * q-value (q=0 means "not acceptable"); {@code *} accepts the default. Only when no range names a supported
     * language exactly does any Chinese range ({@code zh-TW}, {@code zh-Hant}) choose zh-CN, the closest we
     * have. Empty for a missing, malformed or entirely unsupported header. The verdict for a header value is kept
     * (up to {@value #MAX_BEST_MATCHES} values).
     */
    public static Optional<SupportedLanguage> bestMatch(String acceptLanguage) {
        if (acceptLanguage == null) {
            return Optional.empty();
        }
        Optional<SupportedLanguage> known = BEST_MATCHES.get(acceptLanguage);
        if (known != null) {
            return known;
        }
        Optional<SupportedLanguage> verdict = match(acceptLanguage);
        if (BEST_MATCHES.size() < MAX_BEST_MATCHES) {
            BEST_MATCHES.put(acceptLanguage, verdict);
        }
        return verdict;
    }

    /** {@link #bestMatch(String)} without the kept verdicts. */
    static Optional<SupportedLanguage> match(String acceptLanguage) {
        if (acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> acceptable = ranges.stream().filter(range -> range.getWeight() > 0).toList();
        for (Locale.LanguageRange range : acceptable) {
            if (range.getRange().equals("*")) {
                return Optional.of(DEFAULT);
            }
            Optional<SupportedLanguage> match = parse(range.getRange());
            if (match.isPresent()) {
                return match;
            }
        }
        return acceptable.stream()
                .filter(range -> range.getRange().equals("zh") || range.getRange().startsWith("zh-"))
                .findFirst()
                .map(range -> ZH_CN);
    }
}
