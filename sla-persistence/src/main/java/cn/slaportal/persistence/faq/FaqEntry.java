package cn.slaportal.persistence.faq;

/** An entry's current state; pass {@code rowVersion} back when editing so that concurrent edits are detected. */
public record FaqEntry(String category, String slug, FaqContent content, int revision, long rowVersion) {
}
