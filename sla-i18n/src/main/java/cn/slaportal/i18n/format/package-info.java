/**
 * Locale-aware rendering of dates, date-times (Asia/Shanghai), months, numbers, percentages and CNY amounts,
 * pure {@code java.time}/{@code java.text}, one consistent form per supported language.
 */
package cn.slaportal.i18n.format;
