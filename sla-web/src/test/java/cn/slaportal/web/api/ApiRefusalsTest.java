package cn.slaportal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.error.ErrorKinds;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The API body of a refusal no controller made names what happened: a database outage refused in the filters
 * (503) is "temporarily unavailable", not the internal error a 500 is — in both languages.
 */
class ApiRefusalsTest {

    private final ApiMessages messages = new ApiMessages(ErrorKinds.bundles());

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            503 | en    | api.error.unavailable           | The service is temporarily unavailable.
            503 | zh-CN | api.error.unavailable           | 服务暂时不可用
            500 | en    | api.error.internal              | Something went wrong on our side.
            502 | zh-CN | api.error.internal              | 服务器出现问题
            404 | en    | api.error.not-found             | no API endpoint
            415 | en    | api.error.unsupported-media-type | application/json
            400 | zh-CN | api.error.bad-request           | 请求""")
    void aBareStatusGetsItsCodeAndLocalisedText(int status, String language, String code, String text) {
        assertThat(ApiRefusals.code(status)).isEqualTo(code);
        assertThat(messages.message(code, ApiRefusals.arguments(status, "GET"), Locale.forLanguageTag(language)))
                .contains(text);
    }
}
