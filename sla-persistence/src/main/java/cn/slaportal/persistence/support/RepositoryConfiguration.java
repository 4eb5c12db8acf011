package cn.slaportal.persistence.support;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.repository.config.BootstrapMode;

/**
 * The Spring Data repositories of every feature package, for the portal and for this module's tests alike. Their
 * declared JPQL queries go through {@link SimpleJpqlQueryEnhancerSelector}: Spring Data's own HQL parser ran once
 * per declared query at start-up, a tenth of the portal's start-up on its main thread.
 * <p>
 * Bootstrap mode DEFERRED: the repositories are created at the end of the context refresh (before any runner, so the
 * content import finds them), and Boot builds the EntityManagerFactory on its bootstrap executor
 * ({@code spring.jpa.bootstrap=async}, application.properties) while the main thread sets up the web server, Spring
 * Security and the rest. Flyway still migrates first: the EntityManagerFactory depends on it.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "cn.slaportal.persistence", bootstrapMode = BootstrapMode.DEFERRED,
        queryEnhancerSelector = SimpleJpqlQueryEnhancerSelector.class)
public class RepositoryConfiguration {
}
