package cn.slaportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.content.structure.Block;
import cn.slaportal.content.structure.StructureFinding;
import cn.slaportal.content.structure.TwinStructure;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The structure checks as the portal's drafts call them, on two texts without front matter: the arguments name the
 * first difference (the section, the block's position and both blocks) so that a caller can say it in any language.
 */
class TwinStructureTest {

    private static final String ENGLISH = """
            ## 1. Service levels

            | Uptime | Credit |
            | --- | --- |
            | < 99.9% | 10% |
            | < 99% | 25% |

            ## 2. Claims

            1. Within two months.
            2. With the details.
            """;

    @Test
    void twinsOfTheSameShapeProduceNoFindings() {
        TwinStructure.Result result = TwinStructure.check(ENGLISH, ENGLISH.replace("Service levels", "服务级别"));

        assertThat(result.isEmpty()).isTrue();
    }

    @Test
    void aMissingTableRowNamesTheClauseThePositionAndBothBlocks() {
        TwinStructure.Result result = TwinStructure.check(ENGLISH, ENGLISH.replace("| < 99% | 25% |\n", ""));

        assertThat(result.english()).isEmpty();
        assertThat(result.chinese()).isEmpty();
        assertThat(result.twins()).singleElement().satisfies(finding -> {
            assertThat(finding.problem()).isEqualTo(StructureFinding.Problem.BLOCKS_DIFFER);
            assertThat(finding.arguments()).containsExactly("1", 1, 1, 1,
                    Optional.of(new Block(Block.Kind.TABLE, 3, 2, 0)), Optional.of(new Block(Block.Kind.TABLE, 2, 2, 0)));
            assertThat(finding.english()).isEqualTo("structure differs from the en twin in clause 1: en has "
                    + "[table of 3 rows × 2 columns], zh-CN has [table of 2 rows × 2 columns]");
        });
    }

    @Test
    void aMissingClauseIsAHeadingDifferenceAndAGapInTheNumbering() {
        String chinese = ENGLISH.replace("## 2. Claims", "## 3. Claims");

        TwinStructure.Result result = TwinStructure.check(ENGLISH, chinese);

        assertThat(result.chinese()).extracting(StructureFinding::problem)
                .containsExactly(StructureFinding.Problem.CLAUSE_SEQUENCE);
        assertThat(result.chinese().get(0).arguments()).containsExactly(8, "3. Claims", "2");
        assertThat(result.twins()).extracting(StructureFinding::arguments)
                .containsExactly(List.of(2, 2, 2, "## 2", "## 3"));
    }
}
