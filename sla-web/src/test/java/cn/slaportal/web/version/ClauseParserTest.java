package cn.slaportal.web.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseParserTest {

    @Test
    void splitsBodyIntoNumberedClausesAndSkipsFrontMatter() {
        List<Clause> clauses = ClauseParser.parse("""
                ---
                title: SLA for Service Bus
                ---
                Intro text.

                ## 1. Definitions
                Text one.
                ### 1.2 Claims
                Text two.
                ```
                ## 9. not a heading inside a fence
                ```
                """);

        assertThat(clauses).extracting(Clause::number).containsExactly("", "1", "1.2");
        assertThat(clauses.get(1).heading()).isEqualTo("Definitions");
        assertThat(clauses.get(2).level()).isEqualTo(3);
        assertThat(clauses.get(2).body()).contains("## 9. not a heading");
        assertThat(clauses.get(2).anchor()).isEqualTo("clause-1-2");
    }
}
