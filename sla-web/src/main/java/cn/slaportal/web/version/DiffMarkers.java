package cn.slaportal.web.version;

/**
 * The textual markers a diff puts inside {@code <ins>} and {@code <del>} so that a change is not shown by
 * colour or line style alone; the texts come from the message bundle of the page's language.
 */
public record DiffMarkers(String insertedStart, String insertedEnd, String deletedStart, String deletedEnd) {
}
