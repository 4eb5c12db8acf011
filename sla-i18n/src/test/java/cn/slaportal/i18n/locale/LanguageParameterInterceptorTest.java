package cn.slaportal.i18n.locale;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

class LanguageParameterInterceptorTest {

    private final PortalLocaleResolver resolver = new PortalLocaleResolver(List.of("/api/"));
    private final LanguageParameterInterceptor interceptor = new LanguageParameterInterceptor(resolver);

    @Test
    void languageParameterIsRememberedInTheCookie() {
        MockHttpServletRequest request = page("/sla", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(interceptor.preHandle(request, response, new Object())).isTrue();

        assertThat(response.getHeader("Set-Cookie")).startsWith("sla_lang=en;");
    }

    @Test
    void lenientSpellingIsRememberedInCanonicalForm() {
        MockHttpServletRequest request = page("/sla", "zh_cn");
        MockHttpServletResponse response = new MockHttpServletResponse();

        interceptor.preHandle(request, response, new Object());

        assertThat(response.getHeader("Set-Cookie")).startsWith("sla_lang=zh-CN;");
    }

    @Test
    void sameChoiceAsTheCookieWritesNoCookieAgain() {
        MockHttpServletRequest request = page("/sla", "en");
        request.setCookies(new Cookie(PortalLocaleResolver.COOKIE, "en"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        interceptor.preHandle(request, response, new Object());

        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void garbageParameterKeepsTheCookieUntouched() {
        MockHttpServletRequest request = page("/sla", "xx\"; Path=/evil");
        request.setCookies(new Cookie(PortalLocaleResolver.COOKIE, "en"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(interceptor.preHandle(request, response, new Object())).isTrue();

        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertThat(resolver.resolve(request)).isEqualTo(SupportedLanguage.EN);
    }

    @Test
    void pagesVaryByAcceptLanguageAndCookie() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        interceptor.preHandle(page("/faq", null), response, new Object());

        assertThat(response.getHeaders("Vary")).contains("Accept-Language", "Cookie");
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void apiIgnoresTheParameterAndVariesByAcceptLanguageOnly() {
        MockHttpServletRequest request = page("/api/v1/service-levels", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();

        interceptor.preHandle(request, response, new Object());

        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertThat(response.getHeaders("Vary")).containsExactly("Accept-Language");
    }

    @Test
    void staticResourcesGetNeitherCookieNorVary() {
        MockHttpServletRequest request = page("/css/portal.css", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();

        interceptor.preHandle(request, response, new ResourceHttpRequestHandler());

        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertThat(response.getHeaders("Vary")).isEmpty();
    }

    private static MockHttpServletRequest page(String path, String lang) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (lang != null) {
            request.setParameter(PortalLocaleResolver.PARAMETER, lang);
        }
        return request;
    }
}
