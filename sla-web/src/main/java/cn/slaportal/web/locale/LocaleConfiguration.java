package cn.slaportal.web.locale;

import cn.slaportal.i18n.locale.PortalLocaleResolver;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's language beans. The resolver is named {@code localeResolver}, so the DispatcherServlet uses it
 * for every request and Boot's default resolver steps aside; Thymeleaf's {@code #{...}}, {@code #locale} and
 * the MessageSource therefore all follow SPEC 4.1 (pages) and 4.2 (the JSON API under {@code /api/}).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

    /**
     * The JSON API and its OpenAPI document follow Accept-Language only; {@code /api} itself is the API's page for
     * people and follows the page rules (?lang=, cookie, Accept-Language).
     */
    static final List<String> HEADER_ONLY_PATHS = List.of("/api/v1/", "/api/openapi.json");

    @Bean
    PortalLocaleResolver localeResolver() {
        return new PortalLocaleResolver(HEADER_ONLY_PATHS);
    }

    @Bean
    LocalizedFormats formats() {
        return new LocalizedFormats();
    }

    @Bean
    LanguageLinks languageLinks(@Value("${sla.public-base-url:}") String publicBaseUrl) {
        return new LanguageLinks(publicBaseUrl);
    }
}
