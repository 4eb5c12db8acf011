package cn.slaportal.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a portal test context (profiles {@code mysql,mariadb}) at a throwaway MariaDB / MySQL database
 * {@code sla_it_<random>} of its own, created when the context starts and dropped when the JVM ends. Server
 * 127.0.0.1:3306 unless {@code SLA_IT_DB_HOST}/{@code SLA_IT_DB_PORT}; user root with an empty password unless
 * {@code SLA_IT_DB_USER}/{@code SLA_IT_DB_PASSWORD}. Enabled only with {@code -Dsla.it.mysql=true}; a missing
 * server then fails the test.
 */
public class MariaDbPortalDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String HOST = env("SLA_IT_DB_HOST", "127.0.0.1");
    private static final String PORT = env("SLA_IT_DB_PORT", "3306");
    private static final String USER = env("SLA_IT_DB_USER", "root");
    private static final String PASSWORD = env("SLA_IT_DB_PASSWORD", "");
    private static final String OPTIONS = "connectionTimeZone=UTC&characterEncoding=UTF-8&connectTimeout=5000";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "sla_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name)));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mariadb-portal-it", Map.of(
                "spring.datasource.url", url(name),
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD)));
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url(""), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB/MySQL at " + HOST + ":" + PORT + " did not answer (" + sql + ")", e);
        }
    }

    private static String url(String name) {
        return "jdbc:mysql://" + HOST + ":" + PORT + "/" + name + "?" + OPTIONS;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
