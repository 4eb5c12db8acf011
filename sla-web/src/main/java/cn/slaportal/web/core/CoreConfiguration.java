package cn.slaportal.web.core;

import cn.slaportal.core.version.NoticeRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    NoticeRule noticeRule() {
        return NoticeRule.STANDARD;
    }
}
