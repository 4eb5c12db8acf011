package cn.slaportal.core;

import java.util.Locale;
import java.util.Objects;

/** A short text in English and in Simplified Chinese (zh-CN), both required. */
public record LocalizedText(String en, String zhCn) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zhCn, "zhCn");
        if (en.isBlank() || zhCn.isBlank()) {
            throw new IllegalArgumentException("both languages are required");
        }
    }

    /** The Chinese text for a Chinese locale, the English text for any other. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zhCn : en;
    }
}
