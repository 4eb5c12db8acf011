package cn.slaportal.persistence.support;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The Spring Data repositories of every feature package, for the portal and for this module's tests alike. Their
 * declared JPQL queries go through {@link SimpleJpqlQueryEnhancerSelector}: Spring Data's own HQL parser ran once
 * per declared query at start-up, a tenth of the portal's start-up on its main thread.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "cn.slaportal.persistence",
        queryEnhancerSelector = SimpleJpqlQueryEnhancerSelector.class)
public class RepositoryConfiguration {
}
