/**
 * Wires the language layer (sla-i18n) into the web application: the {@code localeResolver} bean and the
 * {@code ?lang=} interceptor, and two beans for templates: {@code formats} (dates, money, percentages in the
 * page's language) and {@code languageLinks} (the current language and "this page in the other language").
 */
package cn.slaportal.web.locale;
