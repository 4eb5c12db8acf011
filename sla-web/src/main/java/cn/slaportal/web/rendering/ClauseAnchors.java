package cn.slaportal.web.rendering;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clause numbers and the anchors derived from them: a heading "3.2 Service credit claims" (or
 * "3. General terms") has the clause number "3.2" ("3") and the anchor {@code clause-3-2} ({@code clause-3}).
 */
public final class ClauseAnchors {

    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s+(\\S.*)$", Pattern.DOTALL);

    private ClauseAnchors() {
    }

    /** The clause number and the remaining title of a heading, when the heading starts with a clause number. */
    public static Optional<NumberedHeading> parse(String headingText) {
        Matcher matcher = NUMBERED_HEADING.matcher(headingText.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new NumberedHeading(matcher.group(1), matcher.group(2).strip()));
    }

    /** The anchor of a clause number: "3.2" becomes "clause-3-2". */
    public static String anchor(String clauseNumber) {
        if (!clauseNumber.matches("\\d+(\\.\\d+)*")) {
            throw new IllegalArgumentException("not a clause number: " + clauseNumber);
        }
        return "clause-" + clauseNumber.replace('.', '-');
    }

    /** A heading split into its clause number and title. */
    public record NumberedHeading(String clause, String title) {
    }
}
