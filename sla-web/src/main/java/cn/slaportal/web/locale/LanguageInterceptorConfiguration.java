package cn.slaportal.web.locale;

import cn.slaportal.i18n.locale.LanguageParameterInterceptor;
import cn.slaportal.i18n.locale.PortalLocaleResolver;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Remembers {@code ?lang=} in the language cookie on every handled request. */
@Configuration(proxyBeanMethods = false)
class LanguageInterceptorConfiguration implements WebMvcConfigurer {

    private final PortalLocaleResolver localeResolver;

    LanguageInterceptorConfiguration(PortalLocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageParameterInterceptor(localeResolver));
    }
}
