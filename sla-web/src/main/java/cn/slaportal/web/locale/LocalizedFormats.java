package cn.slaportal.web.locale;

import cn.slaportal.i18n.format.PortalFormats;
import cn.slaportal.i18n.locale.SupportedLanguage;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The {@code formats} bean: {@link PortalFormats} in the language of the current request, for templates
 * ({@code ${@formats.date(version.effectiveFrom)}}). Arguments are untyped so a template never meets an
 * ambiguous overload; {@code null} renders as the empty string; a value of a type the method does not know
 * is a programming error ({@link IllegalArgumentException}).
 */
public final class LocalizedFormats {

    /** The formats of the current request's language; zh-CN outside a request. */
    public PortalFormats current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return forLocale(context == null ? null : context.getLocale());
    }

    /** The formats of a given locale, e.g. an e-mail recipient's language; zh-CN when it is not supported. */
    public PortalFormats forLocale(Locale locale) {
        return PortalFormats.of(SupportedLanguage.fromLocale(locale).orElse(SupportedLanguage.DEFAULT));
    }

    /** A LocalDate; or the Asia/Shanghai date of an Instant, ZonedDateTime, OffsetDateTime or LocalDateTime. */
    public String date(Object value) {
        PortalFormats formats = current();
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return formats.date(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return formats.date(dateTime.toLocalDate());
        }
        if (value instanceof Instant instant) {
            return formats.date(instant.atZone(PortalFormats.ZONE).toLocalDate());
        }
        if (value instanceof ZonedDateTime zoned) {
            return formats.date(zoned.withZoneSameInstant(PortalFormats.ZONE).toLocalDate());
        }
        if (value instanceof OffsetDateTime offset) {
            return formats.date(offset.atZoneSameInstant(PortalFormats.ZONE).toLocalDate());
        }
        throw unsupported("date", value);
    }

    /** An Instant, ZonedDateTime, OffsetDateTime (shown in Asia/Shanghai) or LocalDateTime (already Shanghai). */
    public String dateTime(Object value) {
        PortalFormats formats = current();
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return formats.dateTime(instant);
        }
        if (value instanceof ZonedDateTime zoned) {
            return formats.dateTime(zoned);
        }
        if (value instanceof OffsetDateTime offset) {
            return formats.dateTime(offset);
        }
        if (value instanceof LocalDateTime local) {
            return formats.dateTime(local);
        }
        throw unsupported("dateTime", value);
    }

    /** A YearMonth, a LocalDate's month, or an ISO string such as {@code 2026-02}. */
    public String yearMonth(Object value) {
        PortalFormats formats = current();
        if (value == null) {
            return "";
        }
        if (value instanceof YearMonth month) {
            return formats.yearMonth(month);
        }
        if (value instanceof LocalDate date) {
            return formats.yearMonth(YearMonth.from(date));
        }
        if (value instanceof CharSequence text) {
            return formats.yearMonth(YearMonth.parse(text));
        }
        throw unsupported("yearMonth", value);
    }

    /** A Month or its number 1-12. */
    public String month(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Month month) {
            return current().month(month);
        }
        if (value instanceof Number number) {
            return current().month(Month.of(number.intValue()));
        }
        throw unsupported("month", value);
    }

    /** A DayOfWeek or its ISO number 1 (Monday) to 7 (Sunday), short form. */
    public String dayOfWeek(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof DayOfWeek day) {
            return current().dayOfWeek(day);
        }
        if (value instanceof Number number) {
            return current().dayOfWeek(DayOfWeek.of(number.intValue()));
        }
        throw unsupported("dayOfWeek", value);
    }

    /** A number with thousands grouping, keeping a decimal's scale. */
    public String number(Object value) {
        return value == null ? "" : current().number(decimal("number", value));
    }

    /** A percentage value (99.899 means 99.899 %), keeping its scale: {@code 99.899%}. */
    public String percent(Object value) {
        return value == null ? "" : current().percent(decimal("percent", value));
    }

    /** An amount in CNY: {@code ¥1,000.00}. */
    public String money(Object value) {
        return value == null ? "" : current().money(decimal("money", value));
    }

    private static BigDecimal decimal(String method, Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof CharSequence text) {
            try {
                return new BigDecimal(text.toString().strip());
            } catch (NumberFormatException notANumber) {
                throw unsupported(method, value);
            }
        }
        throw unsupported(method, value);
    }

    private static IllegalArgumentException unsupported(String method, Object value) {
        return new IllegalArgumentException("formats." + method + " cannot format a " + value.getClass().getName());
    }
}
