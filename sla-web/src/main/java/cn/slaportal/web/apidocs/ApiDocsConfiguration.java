package cn.slaportal.web.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document; springdoc adds the paths and schemas of {@code /api/v1}. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String OPENAPI_PATH = "/api/openapi.json";

    @Bean
    OpenAPI portalOpenApi(MessageSource messages) {
        return new OpenAPI().info(new Info()
                .title(messages.getMessage("api.page.heading", null, Locale.ENGLISH))
                .version("v1")
                .description(messages.getMessage("api.page.conventions", null, Locale.ENGLISH)));
    }
}
