package cn.slaportal.i18n.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SupportedLanguageTest {

    @ParameterizedTest
    @CsvSource({
            "en, en",
            "EN, en",
            "en-US, en",
            "en_GB, en",
            "en-gb, en",
            "' en ', en",
            "zh-CN, zh-CN",
            "zh, zh-CN",
            "zh_CN, zh-CN",
            "zh-cn, zh-CN",
            "ZH-CN, zh-CN",
            "zh-Hans, zh-CN",
            "zh-Hans-CN, zh-CN",
            "zh_Hans_CN, zh-CN",
            "zh-SG, zh-CN",
    })
    void parsesSupportedSpellingsLeniently(String value, String tag) {
        assertThat(SupportedLanguage.parse(value)).map(SupportedLanguage::tag).contains(tag);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "xx", "fr", "de-DE", "zh-TW", "zh-HK", "zh-Hant", "zh-Hant-CN", "en-Cyrl",
            "123", "en--US", "-", "zh-CN;q=1", "<script>", "en US", "../zh-CN",
            "en-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "\u0000en"})
    void rejectsUnsupportedOrGarbageWithoutException(String value) {
        assertThat(SupportedLanguage.parse(value)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | en",
            "zh-CN | zh-CN",
            "en-US,en;q=0.9 | en",
            "zh-CN,zh;q=0.9,en;q=0.8 | zh-CN",
            "en;q=0.5, zh-CN;q=0.8 | zh-CN",
            "zh-CN;q=0.3, en-GB;q=0.7 | en",
            "fr-FR, fr;q=0.9, en;q=0.5 | en",
            "fr, *;q=0.5, en;q=0.1 | zh-CN",
            "zh-TW, en;q=0.5 | en",
            "zh-TW,zh;q=0.9,en-US;q=0.8 | zh-CN",
            "zh-TW, fr;q=0.5 | zh-CN",
            "en;q=0, zh;q=0.1 | zh-CN",
            "* | zh-CN",
            "zh-Hans-CN, en;q=0.5 | zh-CN",
            "ZH-HANS, en;q=0.5 | zh-CN",
            "zh-Hant-TW, en;q=0.5 | en",
            "EN-gb;q=0.4, zh-hk;q=0.9 | en",
    })
    void picksTheBestSupportedAcceptLanguageByQuality(String header, String tag) {
        assertThat(SupportedLanguage.bestMatch(header)).map(SupportedLanguage::tag).contains(tag);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "fr", "de-DE, fr;q=0.5", "en;q=0", ";;;", "en;q=abc", "en;q=2", "zh-TW;q=0"})
    void findsNoMatchInUnsupportedOrMalformedAcceptLanguage(String header) {
        assertThat(SupportedLanguage.bestMatch(header)).isEmpty();
    }

    /** The canonical tags are recognised without the full reading: every spelling gets the full reading's answer. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN", "EN", "En", "en ", " en", "en-US", "en_GB", "zh", "zh-cn", "ZH-CN", "zh_CN",
            "zh-CN ", "zh-Hans", "zh-Hans-CN", "zh-SG", "zh-TW", "zh-HK", "zh-Hant", "en-Cyrl", "fr", "", " ", "-",
            "zh-CN;q=1", "en--US", "\u0000en", "zh-CNx", "enx", "e", "zh-"})
    void canonicalTagsGetTheAnswerOfTheFullReading(String value) {
        assertThat(SupportedLanguage.parse(value)).isEqualTo(SupportedLanguage.read(value));
    }

    /** A kept verdict is the verdict: asked twice, every header gets what the full matching says. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN", "en-US,en;q=0.9", "zh-CN,zh;q=0.9,en;q=0.8", "zh-TW,zh;q=0.9,en-US;q=0.8",
            "fr, *;q=0.5, en;q=0.1", "en;q=0, zh;q=0.1", "", " ", "fr", "en;q=abc", ";;;", "zh-TW;q=0", "*"})
    void keptAcceptLanguageVerdictsAreTheFullMatching(String header) {
        assertThat(SupportedLanguage.bestMatch(header)).isEqualTo(SupportedLanguage.match(header));
        assertThat(SupportedLanguage.bestMatch(header)).isEqualTo(SupportedLanguage.match(header));
    }

    @Test
    void localesSelectTheMessageBundles() {
        assertThat(SupportedLanguage.EN.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(SupportedLanguage.ZH_CN.locale().toString()).isEqualTo("zh_CN");
        assertThat(SupportedLanguage.ZH_CN.locale().toLanguageTag()).isEqualTo("zh-CN");
        assertThat(SupportedLanguage.DEFAULT).isEqualTo(SupportedLanguage.ZH_CN);
    }

    @Test
    void eachLanguageSwitchesToTheOther() {
        assertThat(SupportedLanguage.EN.other()).isEqualTo(SupportedLanguage.ZH_CN);
        assertThat(SupportedLanguage.ZH_CN.other()).isEqualTo(SupportedLanguage.EN);
        assertThat(SupportedLanguage.ZH_CN.nameKey()).isEqualTo("lang.zh-CN");
    }
}
