/**
 * The two supported languages (en, zh-CN) and the per-request choice between them:
 * {@code ?lang=} parameter, then the {@code sla_lang} cookie, then {@code Accept-Language}, then zh-CN.
 * The JSON API follows {@code Accept-Language} only.
 */
package cn.slaportal.i18n.locale;
