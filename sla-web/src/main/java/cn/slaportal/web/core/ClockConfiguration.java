package cn.slaportal.web.core;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.slaportal.core.SlaTime;

/**
 * The one clock of the application. Every service, controller and job that needs the time takes this bean;
 * its zone is Asia/Shanghai, the zone in which the SLAs count days. Tests replace it with a fixed or movable clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(SlaTime.ZONE);
    }
}
