package cn.slaportal.i18n.format;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.i18n.locale.SupportedLanguage;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalFormatsTest {

    private static final PortalFormats EN = PortalFormats.of(SupportedLanguage.EN);
    private static final PortalFormats ZH = PortalFormats.of(SupportedLanguage.ZH_CN);

    @ParameterizedTest
    @CsvSource({
            "2026-02-15, 15 Feb 2026, 2026年2月15日",
            "2026-01-01, 1 Jan 2026, 2026年1月1日",
            "2026-09-30, 30 Sep 2026, 2026年9月30日",
            "2026-12-31, 31 Dec 2026, 2026年12月31日",
    })
    void writesDatesInEachLanguage(LocalDate date, String english, String chinese) {
        assertThat(EN.date(date)).isEqualTo(english);
        assertThat(ZH.date(date)).isEqualTo(chinese);
    }

    @Test
    void writesInstantsInShanghaiTime() {
        Instant lateUtcEvening = Instant.parse("2026-02-14T16:30:00Z");

        assertThat(EN.dateTime(lateUtcEvening)).isEqualTo("15 Feb 2026, 00:30");
        assertThat(ZH.dateTime(lateUtcEvening)).isEqualTo("2026年2月15日 00:30");
    }

    @Test
    void convertsZonedAndOffsetTimesToShanghai() {
        ZonedDateTime london = ZonedDateTime.of(2026, 3, 31, 16, 59, 0, 0, ZoneId.of("Europe/London"));
        OffsetDateTime utc = OffsetDateTime.of(2026, 3, 31, 15, 59, 59, 0, ZoneOffset.UTC);

        assertThat(EN.dateTime(london)).isEqualTo("31 Mar 2026, 23:59");
        assertThat(ZH.dateTime(utc)).isEqualTo("2026年3月31日 23:59");
    }

    @Test
    void treatsLocalDateTimesAsShanghaiWallClock() {
        assertThat(EN.dateTime(LocalDateTime.of(2026, 4, 30, 23, 59, 59))).isEqualTo("30 Apr 2026, 23:59");
        assertThat(ZH.dateTime(LocalDateTime.of(2026, 4, 30, 9, 5))).isEqualTo("2026年4月30日 09:05");
    }

    @ParameterizedTest
    @CsvSource({
            "2026-02, February 2026, 2026年2月",
            "2025-12, December 2025, 2025年12月",
    })
    void writesBillingMonths(YearMonth month, String english, String chinese) {
        assertThat(EN.yearMonth(month)).isEqualTo(english);
        assertThat(ZH.yearMonth(month)).isEqualTo(chinese);
    }

    @Test
    void writesMonthAndWeekdayNames() {
        assertThat(EN.month(Month.FEBRUARY)).isEqualTo("February");
        assertThat(ZH.month(Month.FEBRUARY)).isEqualTo("2月");
        assertThat(ZH.month(Month.DECEMBER)).isEqualTo("12月");
        assertThat(EN.dayOfWeek(DayOfWeek.MONDAY)).isEqualTo("Mon");
        assertThat(ZH.dayOfWeek(DayOfWeek.MONDAY)).isEqualTo("周一");
        assertThat(ZH.dayOfWeek(DayOfWeek.SUNDAY)).isEqualTo("周日");
    }

    @ParameterizedTest
    @CsvSource({
            "1000, '¥1,000.00'",
            "1000.00, '¥1,000.00'",
            "0, ¥0.00",
            "100.005, ¥100.01",
            "100.004, ¥100.00",
            "1234567.8, '¥1,234,567.80'",
            "-12.5, -¥12.50",
    })
    void writesYuanTheSameWayInBothLanguages(BigDecimal amount, String expected) {
        assertThat(EN.money(amount)).isEqualTo(expected);
        assertThat(ZH.money(amount)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "99.899, 99.899%",
            "10, 10%",
            "100.000, 100.000%",
            "99.9, 99.9%",
            "0, 0%",
    })
    void writesPercentagesKeepingTheirScale(BigDecimal value, String expected) {
        assertThat(EN.percent(value)).isEqualTo(expected);
        assertThat(ZH.percent(value)).isEqualTo(expected);
    }

    @Test
    void groupsThousands() {
        assertThat(EN.number(43_200)).isEqualTo("43,200");
        assertThat(ZH.number(1_234_567L)).isEqualTo("1,234,567");
        assertThat(EN.number(new BigDecimal("1234567.50"))).isEqualTo("1,234,567.50");
        assertThat(ZH.number(new BigDecimal("-999"))).isEqualTo("-999");
        assertThat(EN.number(new BigDecimal("1E+3"))).isEqualTo("1,000");
    }

    @Test
    void rendersAbsentValuesAsNothing() {
        assertThat(EN.date(null)).isEmpty();
        assertThat(ZH.dateTime((Instant) null)).isEmpty();
        assertThat(EN.yearMonth(null)).isEmpty();
        assertThat(ZH.money(null)).isEmpty();
        assertThat(EN.percent(null)).isEmpty();
        assertThat(ZH.number((BigDecimal) null)).isEmpty();
        assertThat(EN.month(null)).isEmpty();
    }

    @Test
    void eachLanguageHasItsOwnFormats() {
        assertThat(PortalFormats.of(SupportedLanguage.EN).language()).isEqualTo(SupportedLanguage.EN);
        assertThat(PortalFormats.of(SupportedLanguage.ZH_CN).language()).isEqualTo(SupportedLanguage.ZH_CN);
    }
}
