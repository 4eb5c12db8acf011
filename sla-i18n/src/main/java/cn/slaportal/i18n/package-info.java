/**
 * The portal's language layer: which languages exist ({@link cn.slaportal.i18n.locale}), how a request's
 * language is chosen, and how dates, money and percentages are written in each language
 * ({@link cn.slaportal.i18n.format}). The message bundles themselves are {@code messages_en.properties} and
 * {@code messages_zh_CN.properties} in this module's resources.
 */
package cn.slaportal.i18n;
