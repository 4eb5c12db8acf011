package cn.slaportal.persistence.glossary;

/** A fixed translation: the English term and its Simplified Chinese rendering, in file order. */
public record GlossaryTerm(String en, String zhCn, int position) {
}
