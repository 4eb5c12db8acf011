package cn.slaportal.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.MutableClock;
import cn.slaportal.web.PortalHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Search answers from the index in memory: no query opens a database connection on a request thread, not even
 * when the index is due for a rebuild (a new day, or older than five minutes); the rebuild runs in the background.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sla.test.context=search-no-db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchWithoutDatabaseIT {

    private static final AtomicInteger REQUEST_CONNECTIONS = new AtomicInteger();
    private static final AtomicInteger REFRESH_CONNECTIONS = new AtomicInteger();
    private static final List<String> QUERIES = List.of("downtime", "服务积分", "availability set", "服務積分", "downtme");

    @LocalServerPort
    private int port;

    @Autowired
    private MutableClock clock;

    private PortalHttp http;

    @TestConfiguration
    static class CountingConfiguration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        @Bean
        static BeanPostProcessor countConnections() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource pool) {
                        return new DelegatingDataSource(pool) {
                            @Override
                            public Connection getConnection() throws SQLException {
                                String thread = Thread.currentThread().getName();
                                if (thread.contains("-exec-")) {
                                    REQUEST_CONNECTIONS.incrementAndGet();
                                } else if (thread.equals("search-index-refresh")) {
                                    REFRESH_CONNECTIONS.incrementAndGet();
                                }
                                return super.getConnection();
                            }
                        };
                    }
                    return bean;
                }
            };
        }
    }

    @BeforeAll
    void client() {
        http = new PortalHttp(port);
    }

    private String search(String query, String language) {
        return http.get("/search?lang=" + language + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body();
    }

    @Test
    void queriesRunNoSqlEvenWhenTheIndexIsDueForARebuild() {
        QUERIES.forEach(query -> search(query, "en"));
        REQUEST_CONNECTIONS.set(0);
        REFRESH_CONNECTIONS.set(0);

        for (int i = 0; i < 60; i++) {
            assertThat(search(QUERIES.get(i % QUERIES.size()), i % 2 == 0 ? "en" : "zh-CN")).contains("<mark>");
        }
        clock.advance(Duration.ofDays(1));
        for (int i = 0; i < 20; i++) {
            assertThat(search(QUERIES.get(i % QUERIES.size()), "zh-CN")).contains("<mark>");
        }

        assertThat(REQUEST_CONNECTIONS.get()).as("connections opened by request threads").isZero();
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(REFRESH_CONNECTIONS.get()).as("background rebuild").isPositive());
    }
}
