package cn.slaportal.persistence.generation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The row of {@code content_generation}: read it, or move it on by one. */
@Service
public class ContentGenerationStore {

    private static final int ROW = 1;

    private final JdbcClient jdbc;

    ContentGenerationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current generation, as every instance sees it. */
    @Transactional(readOnly = true)
    public long current() {
        return jdbc.sql("SELECT generation FROM content_generation WHERE id = ?").param(ROW)
                .query(Long.class).single();
    }

    /** Moves the generation on by one and returns the new value (atomic across instances). */
    @Transactional
    public long advance() {
        jdbc.sql("UPDATE content_generation SET generation = generation + 1 WHERE id = ?").param(ROW).update();
        return current();
    }
}
