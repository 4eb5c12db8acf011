package cn.slaportal.web;

import cn.slaportal.web.security.PublicRoutes;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Opens {@code /test-only/**}, where tests map pages that fail on purpose, in the deny-by-default security. */
@TestConfiguration(proxyBeanMethods = false)
public class TestOnlyRoutes {

    @Bean
    PublicRoutes testOnlyRoutes() {
        return () -> List.of("/test-only/**");
    }
}
