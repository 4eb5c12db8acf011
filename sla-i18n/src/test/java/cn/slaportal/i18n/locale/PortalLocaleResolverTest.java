package cn.slaportal.i18n.locale;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PortalLocaleResolverTest {

    private final PortalLocaleResolver resolver = new PortalLocaleResolver(List.of("/api/"));

    /** Columns: path, lang parameter, cookie value, Accept-Language, expected language. Blank = absent. */
    @ParameterizedTest(name = "{0} lang={1} cookie={2} accept={3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "/ | -      | -      | -                     | zh-CN",
            "/ | en     | -      | -                     | en",
            "/ | zh-CN  | -      | en                    | zh-CN",
            "/ | en     | zh-CN  | zh-CN                 | en",
            "/ | -      | en     | zh-CN                 | en",
            "/ | -      | zh-CN  | en                    | zh-CN",
            "/ | -      | -      | en-US,en;q=0.9        | en",
            "/ | -      | -      | fr                    | zh-CN",
            "/ | xx     | -      | -                     | zh-CN",
            "/ | xx     | en     | -                     | en",
            "/ | xx     | -      | en                    | en",
            "/ | ''     | -      | en                    | en",
            "/ | -      | garbage| en                    | en",
            "/ | -      | garbage| -                     | zh-CN",
            "/ | <b>    | %%%    | ;;;                   | zh-CN",
            "/ | zh     | -      | en                    | zh-CN",
            "/ | en_GB  | -      | -                     | en",
            "/sla/service-bus | - | en | -                | en",
            "/api/v1/service-levels | - | -  | en        | en",
            "/api/v1/service-levels | - | en | zh-CN     | zh-CN",
            "/api/v1/service-levels | en | en | -        | zh-CN",
            "/api/v1/service-levels | - | en | fr        | zh-CN",
            "/api | - | en | -                           | zh-CN",
            "/apis | - | en | -                          | en",
    })
    void resolvesParameterThenCookieThenAcceptLanguageThenChinese(String path, String parameter, String cookie,
                                                                 String acceptLanguage, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (parameter != null) {
            request.setParameter(PortalLocaleResolver.PARAMETER, parameter);
        }
        if (cookie != null) {
            request.setCookies(new Cookie(PortalLocaleResolver.COOKIE, cookie));
        }
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }

        assertThat(resolver.resolve(request).tag()).isEqualTo(expected);
        assertThat(resolver.resolveLocale(request)).isEqualTo(SupportedLanguage.parse(expected).orElseThrow().locale());
    }

    @Test
    void errorDispatchOfAnApiRequestStillFollowsAcceptLanguageOnly() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/claims/deadline");
        request.setCookies(new Cookie(PortalLocaleResolver.COOKIE, "en"));

        assertThat(resolver.resolve(request)).isEqualTo(SupportedLanguage.ZH_CN);
    }

    @Test
    void apiPrefixIsMatchedAfterTheContextPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/portal/api/v1/service-levels");
        request.setContextPath("/portal");
        request.setCookies(new Cookie(PortalLocaleResolver.COOKIE, "en"));

        assertThat(resolver.isHeaderOnly(request)).isTrue();
        assertThat(resolver.resolve(request)).isEqualTo(SupportedLanguage.ZH_CN);
    }

    @Test
    void rememberingALanguageSetsALongLivedLaxHttpOnlyCookieAndAppliesAtOnce() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/faq");
        MockHttpServletResponse response = new MockHttpServletResponse();

        resolver.setLocale(request, response, Locale.ENGLISH);

        String setCookie = response.getHeader("Set-Cookie");
        assertThat(setCookie).startsWith("sla_lang=en;")
                .contains("Path=/", "Max-Age=31536000", "HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(resolver.resolve(request)).isEqualTo(SupportedLanguage.EN);
    }

    @Test
    void cookieIsSecureOnHttpsAndScopedToTheContextPath() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/portal/faq");
        request.setContextPath("/portal");
        request.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        resolver.setLocale(request, response, Locale.SIMPLIFIED_CHINESE);

        assertThat(response.getHeader("Set-Cookie")).startsWith("sla_lang=zh-CN;").contains("Path=/portal", "Secure");
    }

    @Test
    void forgettingTheLanguageDeletesTheCookie() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie(PortalLocaleResolver.COOKIE, "en"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        resolver.setLocale(request, response, Locale.FRENCH);

        assertThat(response.getHeader("Set-Cookie")).startsWith("sla_lang=;").contains("Max-Age=0");
    }

    @Test
    void apiRequestsNeverReceiveTheCookie() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/service-levels");
        MockHttpServletResponse response = new MockHttpServletResponse();

        resolver.setLocale(request, response, Locale.ENGLISH);

        assertThat(response.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void decidesOncePerRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept-Language", "en");
        assertThat(resolver.resolve(request)).isEqualTo(SupportedLanguage.EN);

        request.setParameter(PortalLocaleResolver.PARAMETER, "zh-CN");

        assertThat(resolver.resolve(request)).isEqualTo(SupportedLanguage.EN);
    }

    @Test
    void anExplicitChoiceOverridesAnEarlierDecision() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        assertThat(resolver.resolve(request)).isEqualTo(SupportedLanguage.ZH_CN);

        resolver.setLocale(request, new MockHttpServletResponse(), Locale.ENGLISH);

        assertThat(resolver.resolve(request)).isEqualTo(SupportedLanguage.EN);
    }

    @Test
    void timeZoneIsShanghai() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");

        TimeZoneAwareLocaleContext context = (TimeZoneAwareLocaleContext) resolver.resolveLocaleContext(request);

        assertThat(context.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Asia/Shanghai"));
        assertThat(context.getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
