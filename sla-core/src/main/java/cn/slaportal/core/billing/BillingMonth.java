package cn.slaportal.core.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A billing month: from the billing day of {@code startMonth} to the day before the billing day of the
 * next month. With billing day 1 it is the calendar month {@code startMonth}.
 */
public record BillingMonth(YearMonth startMonth, BillingDay billingDay) {

    public static final long MINUTES_PER_DAY = 1440;

    public BillingMonth {
        Objects.requireNonNull(startMonth, "startMonth");
        Objects.requireNonNull(billingDay, "billingDay");
    }

    public static BillingMonth calendar(YearMonth month) {
        return new BillingMonth(month, BillingDay.CALENDAR);
    }

    /** The billing month that contains {@code date}. */
    public static BillingMonth containing(LocalDate date, BillingDay billingDay) {
        YearMonth month = YearMonth.from(date);
        return new BillingMonth(date.getDayOfMonth() >= billingDay.value() ? month : month.minusMonths(1), billingDay);
    }

    public LocalDate firstDay() {
        return startMonth.atDay(billingDay.value());
    }

    public LocalDate lastDay() {
        return startMonth.plusMonths(1).atDay(billingDay.value()).minusDays(1);
    }

    public BillingMonth plusMonths(long months) {
        return new BillingMonth(startMonth.plusMonths(months), billingDay);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public long days() {
        return ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
    }

    /** Minutes in this billing month: 28, 29, 30 or 31 days times 1440. */
    public long minutes() {
        return days() * MINUTES_PER_DAY;
    }
}
