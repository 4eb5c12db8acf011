package cn.slaportal.web.version;

import java.util.Objects;

/**
 * One numbered clause of an SLA version text: its number (empty for text before the first heading),
 * its heading level (2-4), its heading text without the number and its Markdown body.
 */
public record Clause(String number, int level, String heading, String body) {

    public Clause {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(body, "body");
    }

    /** True for the text before the first numbered heading. */
    public boolean preamble() {
        return number.isEmpty();
    }

    /** The anchor the portal gives the clause's heading, e.g. {@code clause-3-2}. */
    public String anchor() {
        return anchorOf(number);
    }

    public static String anchorOf(String number) {
        return number.isEmpty() ? "" : "clause-" + number.replace('.', '-');
    }
}
