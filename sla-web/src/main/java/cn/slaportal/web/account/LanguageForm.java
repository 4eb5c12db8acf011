package cn.slaportal.web.account;

/** The e-mail language chosen on the profile page: a language tag ({@code zh-CN}, {@code en}). */
record LanguageForm(String language) {
}
