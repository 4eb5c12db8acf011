package cn.slaportal.web.core;

import cn.slaportal.core.catalog.ServiceLevelCatalog;
import cn.slaportal.core.exclusion.ExclusionCatalog;
import cn.slaportal.core.version.NoticeRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    ServiceLevelCatalog serviceLevelCatalog() {
        return ServiceLevelCatalog.standard();
    }

    @Bean
    ExclusionCatalog exclusionCatalog() {
        return ExclusionCatalog.standard();
    }

    @Bean
    NoticeRule noticeRule() {
        return NoticeRule.STANDARD;
    }
}
