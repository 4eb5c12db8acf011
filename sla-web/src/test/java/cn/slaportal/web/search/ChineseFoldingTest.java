package cn.slaportal.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseFoldingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "服務積分             | 服务积分",
            "服务积分             | 服务积分",
            "可用性集             | 可用性集",
            "停機時間             | 停机时间",
            "Service 服務 credit  | Service 服务 credit",
            "99.9% 的服務級別協議  | 99.9% 的服务级别协议",
            "a\uD83D\uDE00服務b    | a\uD83D\uDE00服务b",
            "downtime             | downtime",
    })
    void traditionalCharactersBecomeSimplifiedAndEverythingElseStays(String text, String folded) {
        assertThat(ChineseFolding.toSimplified(text)).isEqualTo(folded);
    }

    @Test
    void aTextWithoutChineseCharactersIsReturnedAsItIs() {
        String text = "service credit \uD83D\uDE00 \uD800";
        assertThat(ChineseFolding.toSimplified(text)).isSameAs(text);
        assertThat(ChineseFolding.toSimplified("\uD800服務")).isEqualTo("\uD800服务");
    }
}
