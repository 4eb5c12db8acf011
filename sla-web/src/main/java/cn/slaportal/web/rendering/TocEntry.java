package cn.slaportal.web.rendering;

/**
 * One heading of a rendered text: its level (2 for {@code ##}), its clause number ("3.2", empty when the
 * heading has none), its text without the number, and the anchor the heading carries.
 */
public record TocEntry(int level, String clause, String title, String anchor) {

    public TocEntry {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level out of range: " + level);
        }
        clause = clause == null ? "" : clause;
        if (title == null || anchor == null || anchor.isBlank()) {
            throw new IllegalArgumentException("a table-of-contents entry needs a title and an anchor");
        }
    }

    public boolean numbered() {
        return !clause.isEmpty();
    }

    /** The link target within the page, e.g. {@code #clause-3-2}. */
    public String href() {
        return "#" + anchor;
    }
}
