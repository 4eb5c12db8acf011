package cn.slaportal.web.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.slaportal.i18n.locale.SupportedLanguage;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class LanguageLinksTest {

    private final LanguageLinks links = new LanguageLinks();

    @AfterEach
    void clearRequest() {
        RequestContextHolder.resetRequestAttributes();
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "/          | -                          | /?lang=en",
            "/faq/billing | -                        | /faq/billing?lang=en",
            "/search    | q=%E7%A7%AF%E5%88%86       | /search?q=%E7%A7%AF%E5%88%86&lang=en",
            "/search    | lang=zh-CN&q=credit        | /search?q=credit&lang=en",
            "/sla/service-bus/diff | from=1&lang=zh-CN&to=2&lang=xx | /sla/service-bus/diff?from=1&to=2&lang=en",
            "/search    | q=a%26lang%3Dzh-CN         | /search?q=a%26lang%3Dzh-CN&lang=en",
            "/search    | %6Cang=zh-CN&q=x           | /search?q=x&lang=en",
            "/search    | q=%ZZ&&                    | /search?q=%ZZ&lang=en",
            "//evil.example/x | -                    | /evil.example/x?lang=en",
    })
    void keepsPathAndQueryAndReplacesTheLanguage(String path, String query, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);

        assertThat(LanguageLinks.hrefFor(request, SupportedLanguage.EN)).isEqualTo(expected);
    }

    @Test
    void errorPageLinksPointAtThePageTheVisitorAskedFor() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/sla/no-such-document");

        assertThat(LanguageLinks.hrefFor(request, SupportedLanguage.ZH_CN)).isEqualTo("/sla/no-such-document?lang=zh-CN");
    }

    @Test
    void keepsTheContextPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/portal/faq");
        request.setContextPath("/portal");

        assertThat(LanguageLinks.hrefFor(request, SupportedLanguage.EN)).isEqualTo("/portal/faq?lang=en");
    }

    @Test
    void theSwitchOffersTheOtherLanguageOfTheCurrentRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/calculator");
        request.setQueryString("month=2026-02");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(links.currentTag()).isEqualTo("en");
        assertThat(links.other()).isEqualTo(new LanguageLink("zh-CN", "/calculator?month=2026-02&lang=zh-CN", "lang.zh-CN", false));
        assertThat(links.all()).extracting(LanguageLink::tag, LanguageLink::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("en", true), org.assertj.core.groups.Tuple.tuple("zh-CN", false));
        assertThat(links.href("zh_CN")).isEqualTo("/calculator?month=2026-02&lang=zh-CN");
    }

    @Test
    void outsideARequestThePageIsChineseAndLinksGoHome() {
        assertThat(links.currentTag()).isEqualTo("zh-CN");
        assertThat(links.other().href()).isEqualTo("/?lang=en");
    }

    @Test
    void unsupportedLanguageHasNoLink() {
        assertThatIllegalArgumentException().isThrownBy(() -> links.href("fr"));
    }

    @Test
    void alternatesAreAbsoluteFromTheRequestWithXDefault() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
        request.setQueryString("q=credit&lang=en");
        request.setServerName("portal.test");
        request.setServerPort(8443);
        request.setScheme("https");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(links.alternates()).extracting(LanguageLink::tag, LanguageLink::href).containsExactly(
                org.assertj.core.groups.Tuple.tuple("en", "https://portal.test:8443/search?q=credit&lang=en"),
                org.assertj.core.groups.Tuple.tuple("zh-CN", "https://portal.test:8443/search?q=credit&lang=zh-CN"),
                org.assertj.core.groups.Tuple.tuple("x-default", "https://portal.test:8443/search?q=credit"));
    }

    @Test
    void alternatesUseTheConfiguredPublicAddressAndOmitDefaultPorts() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/faq");
        request.setServerName("10.0.0.7");
        request.setServerPort(80);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        assertThat(new LanguageLinks("https://sla.example.cn/").alternates()).extracting(LanguageLink::href)
                .containsExactly("https://sla.example.cn/faq?lang=en", "https://sla.example.cn/faq?lang=zh-CN",
                        "https://sla.example.cn/faq");
        assertThat(links.alternates()).extracting(LanguageLink::href).last().isEqualTo("http://10.0.0.7/faq");
    }

    @Test
    void refusesAPublicAddressThatIsNotAnAbsoluteHttpUrl() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LanguageLinks("sla.example.cn"));
        assertThatIllegalArgumentException().isThrownBy(() -> new LanguageLinks("ftp://sla.example.cn"));
        assertThatIllegalArgumentException().isThrownBy(() -> new LanguageLinks("https://sla.example.cn/?x=1"));
    }
}
