package cn.slaportal.core.exclusion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.catalog.SlaDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExclusionCatalogTest {

    private final ExclusionCatalog catalog = ExclusionCatalog.standard();

    @Test
    void nineForTheAzureGeneralTermsAndTenForDynamics() {
        assertThat(catalog.ofDocument(SlaDocument.SERVICE_BUS)).extracting(Exclusion::code)
                .containsExactly("AZ-01", "AZ-02", "AZ-03", "AZ-04", "AZ-05", "AZ-06", "AZ-07", "AZ-08", "AZ-09");
        assertThat(catalog.ofDocument(SlaDocument.DYNAMICS_365)).extracting(Exclusion::code)
                .containsExactly("D365-01", "D365-02", "D365-03", "D365-04", "D365-05", "D365-06", "D365-07",
                        "D365-08", "D365-09", "D365-10");
    }

    @ParameterizedTest
    @CsvSource({"AZ-04, 4, Faulty input, 错误的输入", "AZ-06, 6, Previews, 预览版", "D365-10, 10, Licences, 许可证",
            "D365-01, 1, outside 21Vianet's reasonable control, 无法合理控制"})
    void titlesFollowTheClauses(String code, int clause, String english, String chinese) {
        Exclusion exclusion = catalog.find(code).orElseThrow();
        assertThat(exclusion.clause()).isEqualTo(clause);
        assertThat(exclusion.title().en()).contains(english);
        assertThat(exclusion.title().zhCn()).contains(chinese);
    }

    @Test
    void unknownCodesAreNotFound() {
        assertThat(catalog.find("AZ-10")).isEmpty();
    }
}
