package cn.slaportal.web.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClauseDiffServiceTest {

    private static final DiffMarkers MARKERS = new DiffMarkers("[+", "+]", "[-", "-]");

    private final ClauseDiffService service = new ClauseDiffService();

    private static final String V1 = """
            ---
            title: SLA
            version: 1
            ---
            ## 1. Definitions
            "Claim" means a claim submitted by Customer.

            ## 2. Service credits
            ### 2.1 Tiers
            Less than 99.9% earns 10% credit.

            ### 2.2 Old rule
            This clause goes away.
            """;

    private static final String V2 = """
            ---
            title: SLA
            version: 2
            ---
            ## 1. Definitions
            "Claim" means a claim submitted by Customer.

            ## 2. Service credits
            ### 2.1 Tiers
            Less than 99.95% earns 25% credit.

            ### 2.3 New rule
            This clause is new.
            """;

    @Test
    void alignsClausesByNumberAndCountsEachKindOfChange() {
        VersionDiff diff = service.diff(V1, V2, Locale.ENGLISH, MARKERS);

        assertThat(diff.clauses()).extracting(ClauseDiff::number).containsExactly("1", "2", "2.1", "2.2", "2.3");
        assertThat(diff.clauses()).extracting(ClauseDiff::change).containsExactly(ClauseChange.UNCHANGED,
                ClauseChange.UNCHANGED, ClauseChange.CHANGED, ClauseChange.REMOVED, ClauseChange.ADDED);
        assertThat(diff.added()).isEqualTo(1);
        assertThat(diff.removed()).isEqualTo(1);
        assertThat(diff.changed()).isEqualTo(1);
        assertThat(diff.unchanged()).isEqualTo(2);
    }

    @Test
    void marksChangedEnglishWordsWithInsAndDelAndTextualMarkers() {
        ClauseDiff tiers = service.diff(V1, V2, Locale.ENGLISH, MARKERS).clauses().get(2);

        assertThat(tiers.bodyHtml()).contains(
                "<del><span class=\"diff-marker\">[-</span>99.9<span class=\"diff-marker\">-]</span></del>"
                + "<ins><span class=\"diff-marker\">[+</span>99.95<span class=\"diff-marker\">+]</span></ins>%")
                .doesNotContain("<del><span class=\"diff-marker\">[-</span>Less");
        assertThat(tiers.bodyHtml()).contains("<ins><span class=\"diff-marker\">[+</span>25<span");
        assertThat(tiers.bodyHtml()).startsWith("Less than ");
        assertThat(tiers.anchor()).isEqualTo("clause-2-1");
    }

    @Test
    void comparesChineseTextCharacterByCharacter() {
        String before = "## 3. 服务积分\n每月正常运行时间百分比低于99.9%时获得服务积分。\n";
        String after = "## 3. 服务积分\n每月正常运行时间百分比低于99.95%时可获得服务积分。\n";

        ClauseDiff clause = service.diff(before, after, Locale.SIMPLIFIED_CHINESE, MARKERS).clauses().get(0);

        assertThat(clause.change()).isEqualTo(ClauseChange.CHANGED);
        assertThat(clause.bodyHtml()).contains("时<ins><span class=\"diff-marker\">[+</span>可<span");
        assertThat(clause.bodyHtml()).startsWith("每月正常运行时间百分比低于");
    }

    @Test
    void escapesHtmlInClauseText() {
        String before = "## 1. Terms\nA <b>bold</b> claim.\n";
        String after = "## 1. Terms\nA <script>alert(1)</script> claim.\n";

        ClauseDiff clause = service.diff(before, after, Locale.ENGLISH, MARKERS).clauses().get(0);

        assertThat(clause.bodyHtml()).doesNotContain("<script").doesNotContain("<b>").contains("&lt;").contains("&gt;")
                .contains("<ins><span class=\"diff-marker\">[+</span>alert(1)<span");
    }

    @Test
    void ordersClauseNumbersNumerically() {
        List<String> numbers = new java.util.ArrayList<>(List.of("10", "2", "1.10", "1.2", "", "1"));
        numbers.sort(ClauseDiffService.CLAUSE_ORDER);
        assertThat(numbers).containsExactly("", "1", "1.2", "1.10", "2", "10");
    }
}
