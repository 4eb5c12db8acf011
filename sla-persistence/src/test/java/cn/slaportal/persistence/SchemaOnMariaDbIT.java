package cn.slaportal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The Flyway history on a fresh MariaDB database: every table and text column in utf8mb4. */
@EnabledIfSystemProperty(named = "sla.it.mysql", matches = "true")
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
class SchemaOnMariaDbIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migrationsRanAndEveryTableIsUtf8mb4() {
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL",
                String.class)).contains("1");
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'", String.class);
        assertThat(tables).contains("sla_version", "claim", "claim_status_change", "notice_delivery", "audit_event",
                "SPRING_SESSION", "SPRING_SESSION_ATTRIBUTES", "shedlock");
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_type = 'BASE TABLE' AND table_collation NOT LIKE 'utf8mb4%'", String.class)).isEmpty();
        assertThat(jdbc.queryForList("SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND character_set_name IS NOT NULL AND character_set_name <> 'utf8mb4'",
                String.class)).isEmpty();
    }

    @Test
    void theConnectionTalksUtf8mb4() {
        assertThat(jdbc.queryForObject("SELECT @@character_set_connection", String.class)).isEqualTo("utf8mb4");
        assertThat(jdbc.queryForObject("SELECT CHAR_LENGTH(?)", Integer.class, "😀𠀀")).isEqualTo(2);
    }
}
