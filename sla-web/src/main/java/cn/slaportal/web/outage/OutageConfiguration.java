package cn.slaportal.web.outage;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the fail-fast guard in front of the application's data source, whatever created it. */
@Configuration(proxyBeanMethods = false)
class OutageConfiguration {

    @Bean
    static BeanPostProcessor failFastDataSource(ObjectProvider<DatabaseOutage> outage) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource pool && !(bean instanceof FailFastDataSource)) {
                    return new FailFastDataSource(pool, outage.getObject());
                }
                return bean;
            }
        };
    }
}
