package cn.slaportal.i18n.format;

import cn.slaportal.i18n.locale.SupportedLanguage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How the portal writes dates, times, months, numbers, percentages and money in one language. One instance per
 * language ({@link #of(SupportedLanguage)}); immutable and thread-safe. Every method renders {@code null} as the
 * empty string, so a template can show an optional value without a guard.
 *
 * <table>
 *   <caption>Renderings</caption>
 *   <tr><th>method</th><th>en</th><th>zh-CN</th></tr>
 *   <tr><td>{@link #date}</td><td>15 Feb 2026</td><td>2026年2月15日</td></tr>
 *   <tr><td>{@link #dateTime(Instant)}</td><td>15 Feb 2026, 14:30</td><td>2026年2月15日 14:30</td></tr>
 *   <tr><td>{@link #yearMonth}</td><td>February 2026</td><td>2026年2月</td></tr>
 *   <tr><td>{@link #month}</td><td>February</td><td>2月</td></tr>
 *   <tr><td>{@link #dayOfWeek}</td><td>Mon</td><td>周一</td></tr>
 *   <tr><td>{@link #number(BigDecimal)}</td><td>1,234,567.5</td><td>1,234,567.5</td></tr>
 *   <tr><td>{@link #percent}</td><td>99.899%</td><td>99.899%</td></tr>
 *   <tr><td>{@link #money}</td><td>¥1,000.00</td><td>¥1,000.00</td></tr>
 * </table>
 *
 * Date-times are shown in Asia/Shanghai, the zone the SLAs state their times in; a {@link LocalDateTime} is
 * taken to be Asia/Shanghai wall-clock time already. Percentages and numbers keep the scale they are given
 * (rounding an uptime down to three decimals is a domain rule, done before formatting); money is rounded
 * HALF_UP to fen.
 */
public final class PortalFormats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final PortalFormats ENGLISH = new PortalFormats(SupportedLanguage.EN,
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH));
    private static final PortalFormats CHINESE = new PortalFormats(SupportedLanguage.ZH_CN,
            DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.SIMPLIFIED_CHINESE),
            DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm", Locale.SIMPLIFIED_CHINESE),
            DateTimeFormatter.ofPattern("uuuu年M月", Locale.SIMPLIFIED_CHINESE));

    private static final String CNY = "¥";
    private static final String PERCENT = "%";

    private final SupportedLanguage language;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter yearMonth;

    private PortalFormats(SupportedLanguage language, DateTimeFormatter date, DateTimeFormatter dateTime,
                          DateTimeFormatter yearMonth) {
        this.language = language;
        this.date = date;
        this.dateTime = dateTime;
        this.yearMonth = yearMonth;
    }

    public static PortalFormats of(SupportedLanguage language) {
        return language == SupportedLanguage.EN ? ENGLISH : CHINESE;
    }

    public SupportedLanguage language() {
        return language;
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String dateTime(Instant value) {
        return value == null ? "" : dateTime.format(value.atZone(ZONE));
    }

    public String dateTime(ZonedDateTime value) {
        return value == null ? "" : dateTime.format(value.withZoneSameInstant(ZONE));
    }

    public String dateTime(OffsetDateTime value) {
        return value == null ? "" : dateTime.format(value.atZoneSameInstant(ZONE));
    }

    /** A wall-clock time already in Asia/Shanghai. */
    public String dateTime(LocalDateTime value) {
        return value == null ? "" : dateTime.format(value);
    }

    public String yearMonth(YearMonth value) {
        return value == null ? "" : yearMonth.format(value);
    }

    public String month(Month value) {
        if (value == null) {
            return "";
        }
        return language == SupportedLanguage.EN
                ? value.getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH)
                : value.getValue() + "月";
    }

    /** The short weekday name, as a calendar's column heading. */
    public String dayOfWeek(DayOfWeek value) {
        return value == null ? "" : value.getDisplayName(TextStyle.SHORT, language.locale());
    }

    /** A whole number with thousands grouping: {@code 43,200}. */
    public String number(long value) {
        return decimalFormat("#,##0", 0).format(value);
    }

    /** A decimal with thousands grouping, keeping its scale: {@code 1,234.50}. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        int scale = Math.max(value.scale(), 0);
        return decimalFormat("#,##0", scale).format(value);
    }

    /** A percentage value (99.899 means 99.899 %), keeping its scale, with the sign attached: {@code 99.899%}. */
    public String percent(BigDecimal value) {
        return value == null ? "" : number(value) + PERCENT;
    }

    /** An amount in CNY, HALF_UP to fen, the yuan sign first: {@code ¥1,000.00}, {@code -¥12.50}. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal fen = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = decimalFormat("#,##0", 2).format(fen.abs());
        return (fen.signum() < 0 ? "-" : "") + CNY + digits;
    }

    private static DecimalFormat decimalFormat(String pattern, int fractionDigits) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setParseBigDecimal(true);
        return format;
    }
}
