package cn.slaportal.persistence;

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
 * Points a test context at a throwaway MariaDB / MySQL database {@code sla_it_<random>} (utf8mb4), created
 * once per JVM through MySQL Connector/J and dropped when the JVM ends. Server: 127.0.0.1:3306 unless
 * {@code SLA_IT_DB_HOST}/{@code SLA_IT_DB_PORT}; user root with an empty password unless
 * {@code SLA_IT_DB_USER}/{@code SLA_IT_DB_PASSWORD}. When no server answers, the context (and so the test)
 * fails: these tests are only enabled with {@code -Dsla.it.mysql=true}, and then they must not skip.
 */
public class MariaDbTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String HOST = env("SLA_IT_DB_HOST", "127.0.0.1");
    private static final String PORT = env("SLA_IT_DB_PORT", "3306");
    private static final String USER = env("SLA_IT_DB_USER", "root");
    private static final String PASSWORD = env("SLA_IT_DB_PASSWORD", "");
    private static final String OPTIONS = "connectionTimeZone=UTC&characterEncoding=UTF-8&connectTimeout=5000";

    private static String database;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = database();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mariadb-it", Map.of(
                "spring.datasource.url", url(name),
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver",
                "spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", "false",
                "spring.jpa.properties.jakarta.persistence.database-product-name", "MariaDB",
                "spring.jpa.properties.jakarta.persistence.database-product-version", "10.11",
                "spring.jpa.properties.jakarta.persistence.database-major-version", "10",
                "spring.jpa.properties.jakarta.persistence.database-minor-version", "11")));
    }

    /** The JDBC URL of the throwaway database (created on first use). */
    public static String url() {
        return url(database());
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static synchronized String database() {
        if (database == null) {
            String name = "sla_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name)));
            database = name;
        }
        return database;
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
