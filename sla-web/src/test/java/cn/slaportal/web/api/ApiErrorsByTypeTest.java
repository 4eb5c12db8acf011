package cn.slaportal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.error.ErrorKinds;
import java.lang.reflect.Method;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import java.time.Clock;
import cn.slaportal.web.outage.DatabaseOutage;

/** The API advice maps not-found, conflict and refused transitions by type, with localised text in both languages. */
class ApiErrorsByTypeTest {

    private final ApiErrorAdvice advice = new ApiErrorAdvice(new ApiMessages(ErrorKinds.bundles()), new DatabaseOutage(Clock.systemUTC()));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest(name = "{0} in {1} -> {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            not-found          | en    | 404 | claim.notfound                 | There is no claim CLM-2026-000042.
            not-found          | zh-CN | 404 | claim.notfound                 | 没有索赔 CLM-2026-000042。
            stale              | en    | 409 | error.conflict.stale           | Someone else changed this in the meantime.
            conflict           | zh-CN | 409 | error.conflict.stale           | 在此期间已有其他人更改了此内容。
            duplicate          | en    | 409 | claim.error.duplicate          | already stands: CLM-2026-000007.
            duplicate          | zh-CN | 409 | claim.error.duplicate          | 已有索赔 CLM-2026-000007
            refused-transition | en    | 400 | claim.error.transition-refused | This step is not possible
            refused-transition | zh-CN | 400 | claim.error.transition-refused | 不允许此操作""")
    void answersEachKindWithItsStatusAndLocalisedText(String kind, String language, int status, String code,
            String text) throws Exception {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));
        RuntimeException exception = ErrorKinds.of(kind);
        Method handler = new ExceptionHandlerMethodResolver(ApiErrorAdvice.class).resolveMethod(exception);
        handler.setAccessible(true);

        ResponseEntity<?> answer = (ResponseEntity<?>) handler.invoke(advice, exception);

        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        ApiError body = (ApiError) answer.getBody();
        assertThat(body.error().code()).isEqualTo(code);
        assertThat(body.error().message()).contains(text);
    }
}
