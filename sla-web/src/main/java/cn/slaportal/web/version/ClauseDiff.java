package cn.slaportal.web.version;

/**
 * One aligned clause of a diff. {@code headingHtml} and {@code bodyHtml} are HTML-escaped text in which
 * only {@code <ins>} and {@code <del>} elements (each with a visually hidden textual marker) occur.
 */
public record ClauseDiff(String number, int level, ClauseChange change, String headingHtml, String bodyHtml) {

    public String anchor() {
        return Clause.anchorOf(number);
    }
}
