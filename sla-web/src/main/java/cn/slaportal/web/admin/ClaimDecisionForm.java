package cn.slaportal.web.admin;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.claim.CitedExclusion;
import cn.slaportal.core.exclusion.Exclusion;
import cn.slaportal.web.credit.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an administrator sends from a claim's review page: the claim's {@code rowVersion} as the page read it, the
 * question (ask for information), the reason (approve, reject) and one line per exclusion of the governing version
 * (its code, whether it is cited, the downtime minutes it removes, if any). Everything is kept as typed, so that a
 * refused form shows it again.
 */
public record ClaimDecisionForm(String rowVersion, String question, String reason, List<ExclusionLine> exclusions) {

    private static final int MAX_TEXT = 4000;

    /** One exclusion offered by the governing version: {@code cited} is present when its box is ticked. */
    public record ExclusionLine(String code, String cited, String minutes) {

        public ExclusionLine {
            code = clean(code, 32);
            cited = clean(cited, 8);
            minutes = clean(minutes, 20);
        }

        public boolean isCited() {
            return !cited.isEmpty();
        }
    }

    public ClaimDecisionForm {
        rowVersion = clean(rowVersion, 20);
        question = clean(question, MAX_TEXT);
        reason = clean(reason, MAX_TEXT);
        exclusions = exclusions == null ? List.of()
                : exclusions.stream().map(line -> line == null ? new ExclusionLine("", "", "") : line).toList();
    }

    /** The form a review page starts with: the offered exclusions, those already cited ticked with their minutes. */
    static ClaimDecisionForm of(long rowVersion, List<Exclusion> offered, List<CitedExclusion> cited) {
        List<ExclusionLine> lines = new ArrayList<>();
        for (Exclusion exclusion : offered) {
            Optional<CitedExclusion> citation = cited.stream()
                    .filter(candidate -> candidate.code().equals(exclusion.code())).findFirst();
            lines.add(new ExclusionLine(exclusion.code(), citation.isPresent() ? "true" : "",
                    citation.flatMap(CitedExclusion::excludedMinutes).map(String::valueOf).orElse("")));
        }
        return new ClaimDecisionForm(Long.toString(rowVersion), "", "", lines);
    }

    /** The row version the page was read at; refused ({@code admin.claims.error.version}) when missing. */
    Optional<Long> expectedRowVersion(FieldErrors errors) {
        if (rowVersion.matches("\\d{1,18}")) {
            return Optional.of(Long.parseLong(rowVersion));
        }
        errors.reject("", "admin.claims.error.version");
        return Optional.empty();
    }

    /**
     * The exclusions ticked, with their minutes; a minutes entry that is no whole number is refused on its line
     * ({@code admin.claims.error.minutes}), a negative one by the core's rule. Whether the governing version has
     * the exclusion is the core's check, at the step.
     */
    List<CitedExclusion> cited(FieldErrors errors) {
        List<CitedExclusion> cited = new ArrayList<>();
        for (int i = 0; i < exclusions.size(); i++) {
            ExclusionLine line = exclusions.get(i);
            if (!line.isCited() || line.code().isEmpty()) {
                continue;
            }
            String field = "exclusions-" + i + "-minutes";
            if (line.minutes().isEmpty()) {
                cited.add(CitedExclusion.of(line.code()));
            } else if (!line.minutes().matches("-?\\d{1,12}")) {
                errors.reject(field, "admin.claims.error.minutes", line.code());
            } else {
                try {
                    cited.add(CitedExclusion.removing(line.code(), Long.parseLong(line.minutes())));
                } catch (SlaRuleViolation refused) {
                    errors.reject(field, refused.code(), refused.arguments().toArray());
                }
            }
        }
        return cited;
    }

    /** The line of an exclusion, for the template: whether it is ticked and its minutes as typed. */
    public ExclusionLine line(String code) {
        return exclusions.stream().filter(line -> line.code().equals(code)).findFirst()
                .orElse(new ExclusionLine(code, "", ""));
    }

    private static String clean(String value, int limit) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > limit ? stripped.substring(0, limit) : stripped;
    }
}
