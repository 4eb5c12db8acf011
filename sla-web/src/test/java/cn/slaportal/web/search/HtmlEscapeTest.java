package cn.slaportal.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.util.HtmlUtils;

/** The escaping is Spring's HtmlUtils.htmlEscape, character for character. */
class HtmlEscapeTest {

    @Test
    void everyCharacterIsEscapedAsSpringEscapesIt() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String character = String.valueOf((char) c);
            assertThat(HtmlEscape.escape(character)).as("U+%04X", c).isEqualTo(HtmlUtils.htmlEscape(character));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "<b>Credit</b> & \"quotes\" 'too'", "服务积分 — 99.9% … © ü",
            "<script>alert('x')</script>", "a\uD83D\uDE00b &amp;", "&&&<<<>>>"})
    void textsAreEscapedAsSpringEscapesThem(String text) {
        assertThat(HtmlEscape.escape(text)).isEqualTo(HtmlUtils.htmlEscape(text));
        String framed = "[" + text + "]";
        assertThat(HtmlEscape.append(new StringBuilder("x"), framed, 1, framed.length() - 1).toString())
                .isEqualTo("x" + HtmlUtils.htmlEscape(text));
    }
}
