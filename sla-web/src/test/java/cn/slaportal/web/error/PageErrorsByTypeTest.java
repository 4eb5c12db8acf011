package cn.slaportal.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.ModelAndView;
import java.time.Clock;
import cn.slaportal.web.outage.DatabaseOutage;

/**
 * The page advice maps not-found, conflict and refused transitions by type to the error page with the precise,
 * localised text (the page renders {@code detailKey} with {@code detailArgs}).
 */
class PageErrorsByTypeTest {

    private final PageErrorAdvice advice = new PageErrorAdvice(new DatabaseOutage(Clock.systemUTC()));

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            not-found          | 404 | claim.notfound                 | There is no claim CLM-2026-000042.     | 没有索赔 CLM-2026-000042。
            stale              | 409 | error.conflict.stale           | Nothing was overwritten                | 未覆盖任何内容
            duplicate          | 409 | claim.error.duplicate          | already stands: CLM-2026-000007.       | 已有索赔 CLM-2026-000007
            refused-transition | 400 | claim.error.transition-refused | This step is not possible              | 不允许此操作""")
    void rendersEachKindWithItsStatusAndPreciseText(String kind, int status, String key, String english,
            String chinese) throws Exception {
        RuntimeException exception = ErrorKinds.of(kind);
        Method handler = new ExceptionHandlerMethodResolver(PageErrorAdvice.class).resolveMethod(exception);
        handler.setAccessible(true);
        HandlerMethod page = new HandlerMethod(new Object(), Object.class.getMethod("toString"));

        ModelAndView answer = (ModelAndView) (handler.getParameterCount() == 2
                ? handler.invoke(advice, exception, page)
                : handler.invoke(advice, exception, page, null));

        assertThat(answer.getStatus().value()).isEqualTo(status);
        assertThat(answer.getModel()).containsEntry("detailKey", key);
        Object[] arguments = (Object[]) answer.getModel().get("detailArgs");
        assertThat(ErrorKinds.bundles().getMessage(key, arguments, Locale.ENGLISH)).contains(english);
        assertThat(ErrorKinds.bundles().getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE)).contains(chinese);
    }
}
