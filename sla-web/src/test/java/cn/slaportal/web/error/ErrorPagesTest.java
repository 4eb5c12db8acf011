package cn.slaportal.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

class ErrorPagesTest {

    @ParameterizedTest
    @CsvSource({"400, 400", "403, 403", "404, 404", "405, 400", "413, 413", "414, 400", "500, 500", "502, 500", "503, 503"})
    void everyStatusGetsTheOnePageWithItsOwnWordsOrThoseOfItsClass(int status, int kind) {
        ModelAndView page = ErrorPages.page(HttpStatus.valueOf(status), Map.of("path", "/x"));

        assertThat(page.getViewName()).isEqualTo(ErrorPages.VIEW);
        assertThat(page.getStatus()).isEqualTo(HttpStatus.valueOf(status));
        assertThat(page.getModel()).containsEntry("status", status).containsEntry("kind", kind).containsEntry("path", "/x");
    }
}
