package cn.slaportal.web.availability;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Epoch seconds of an ISO-8601 timestamp with an offset. The common shapes
 * {@code 2026-02-01T10:00:05[.fraction](Z|+08:00)} are read without allocation; anything else goes through
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}. A timestamp without offset is refused.
 */
final class Timestamps {

    private Timestamps() {
    }

    static long epochSecond(String text) {
        long fast = fastEpochSecond(text);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toEpochSecond();
    }

    /** Long.MIN_VALUE when the text is not in a common shape (the slow path then decides). */
    private static long fastEpochSecond(String s) {
        int length = s.length();
        if (length < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour < 0
                || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return Long.MIN_VALUE;
        }
        int position = 19;
        if (s.charAt(position) == '.') {
            position++;
            int start = position;
            while (position < length && isDigit(s.charAt(position))) {
                position++;
            }
            if (position == start || position - start > 9 || position >= length) {
                return Long.MIN_VALUE;
            }
        }
        int offsetSeconds;
        char sign = s.charAt(position);
        if (sign == 'Z' && position == length - 1) {
            offsetSeconds = 0;
        } else if ((sign == '+' || sign == '-') && position + 6 == length && s.charAt(position + 3) == ':') {
            int offsetHours = digits(s, position + 1, 2);
            int offsetMinutes = digits(s, position + 4, 2);
            if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
                return Long.MIN_VALUE;
            }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
        } else {
            return Long.MIN_VALUE;
        }
        long epochDay = epochDay(year, month, day);
        return epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(String s, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
