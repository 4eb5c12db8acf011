package cn.slaportal.web.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class LocalizedFormatsTest {

    private final LocalizedFormats formats = new LocalizedFormats();

    @AfterEach
    void clearLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void followsTheLanguageOfTheCurrentRequest() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(formats.date(LocalDate.of(2026, 2, 15))).isEqualTo("15 Feb 2026");
        assertThat(formats.yearMonth(YearMonth.of(2026, 2))).isEqualTo("February 2026");

        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(formats.date(LocalDate.of(2026, 2, 15))).isEqualTo("2026年2月15日");
        assertThat(formats.yearMonth("2026-02")).isEqualTo("2026年2月");
    }

    @Test
    void outsideARequestWritesChinese() {
        assertThat(formats.date(LocalDate.of(2026, 3, 31))).isEqualTo("2026年3月31日");
    }

    @Test
    void acceptsTheTypesTemplatesHold() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Instant instant = Instant.parse("2026-02-14T16:30:00Z");

        assertThat(formats.date(instant)).isEqualTo("15 Feb 2026");
        assertThat(formats.dateTime(instant)).isEqualTo("15 Feb 2026, 00:30");
        assertThat(formats.month(2)).isEqualTo("February");
        assertThat(formats.month(Month.MARCH)).isEqualTo("March");
        assertThat(formats.dayOfWeek(7)).isEqualTo("Sun");
        assertThat(formats.dayOfWeek(DayOfWeek.MONDAY)).isEqualTo("Mon");
        assertThat(formats.money(new BigDecimal("100.00"))).isEqualTo("¥100.00");
        assertThat(formats.money("1000")).isEqualTo("¥1,000.00");
        assertThat(formats.percent("99.899")).isEqualTo("99.899%");
        assertThat(formats.percent(10)).isEqualTo("10%");
        assertThat(formats.number(43_200L)).isEqualTo("43,200");
        assertThat(formats.dateTime(null)).isEmpty();
    }

    @Test
    void explicitLocaleServesMailsWrittenOutsideTheRequestLanguage() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);

        assertThat(formats.forLocale(Locale.ENGLISH).date(LocalDate.of(2026, 2, 15))).isEqualTo("15 Feb 2026");
        assertThat(formats.forLocale(Locale.FRENCH).date(LocalDate.of(2026, 2, 15))).isEqualTo("2026年2月15日");
    }

    @Test
    void refusesValuesItCannotFormat() {
        assertThatIllegalArgumentException().isThrownBy(() -> formats.money("a lot"));
        assertThatIllegalArgumentException().isThrownBy(() -> formats.date("2026-02-15T00:00"));
    }
}
