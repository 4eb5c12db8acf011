package cn.slaportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseTextRulesTest {

    private final ChineseTextRules rules = new ChineseTextRules(List.of("Dynamics 365 for Finance and Operations"));

    @ParameterizedTest
    @ValueSource(strings = {"服务水(shuǐ)平协议", "客户购买了(le)服务", "适用(yòng)于", "事(shì)件", "协议（yì）", "nǚ"})
    void seesPinyinArtefacts(String text) {
        assertThat(rules.pinyinArtefacts(text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"不包括(i)计划停机时间", "合作伙伴应用程序(A)", "服务(SLA)", "接口(api)", "门户(web)", "第 5 条(iv)"})
    void leavesParenthesisedNonPinyinAlone(String text) {
        assertThat(rules.pinyinArtefacts(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"服務", "協議", "後", "於", "結算"})
    void seesTraditionalCharacters(String text) {
        assertThat(rules.traditionalCharacters(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"服务级别协议", "夥颐", "宫商角徵羽", "乾坤", "显著", "瞭望", "后来", "于是"})
    void acceptsSimplifiedCharactersIncludingStandardOnesOpenccWouldConvert(String text) {
        assertThat(rules.traditionalCharacters(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dynamics 365 Sales 企业版", "5xx 范围内的 HTTP 状态代码", "Dynamics 365 for Finance and Operations 的平台",
            "Windows Server 2003 R2", "SQL Server 报表、API 终结点", "参见 https://www.azure.cn/support/legal/sla/ 页面"})
    void acceptsProductNamesCodesAndUrls(String text) {
        assertThat(rules.untranslatedEnglish(1, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"客户 must submit the Claim 至客户支持", "This SLA applies to all services.",
            "服务 (for example, natural disaster)"})
    void seesFourOrMoreEnglishWordsInARow(String text) {
        assertThat(rules.untranslatedEnglish(3, text)).singleElement().asString().startsWith("line 3: untranslated English");
    }
}
