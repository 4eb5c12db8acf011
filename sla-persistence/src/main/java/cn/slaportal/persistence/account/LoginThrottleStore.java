package cn.slaportal.persistence.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code login_throttle} table: failed sign-ins per throttle key, shared by every instance on the database.
 * Each statement is atomic on its own (no surrounding transaction needed): counting is one {@code UPDATE}, or an
 * {@code INSERT} for a key seen the first time, retried as an update when a parallel request inserted it first.
 */
@Repository
public class LoginThrottleStore {

    private final JdbcClient jdbc;

    LoginThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of the given keys; a key without failures is absent from the map. */
    public Map<String, FailedSignIns> counts(List<String> keys) {
        return jdbc.sql("SELECT throttle_key, failures, last_failure_at FROM login_throttle WHERE throttle_key IN (:keys)")
                .param("keys", keys)
                .query((row, number) -> Map.entry(row.getString(1),
                        new FailedSignIns(row.getInt(2), row.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Counts one more failure under {@code key}; a count whose last failure is before {@code forgetBefore} starts again at 1. */
    public void recordFailure(String key, Instant now, Instant forgetBefore) {
        if (increment(key, now, forgetBefore) > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, last_failure_at) VALUES (:key, 1, :now)")
                    .param("key", key).param("now", utc(now)).update();
        } catch (DuplicateKeyException insertedInParallel) {
            increment(key, now, forgetBefore);
        }
    }

    /** Forgets the failures counted under the keys. */
    public void forget(List<String> keys) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key IN (:keys)").param("keys", keys).update();
    }

    /** Deletes every count whose last failure is before {@code before}; returns how many. */
    public int purge(Instant before) {
        return jdbc.sql("DELETE FROM login_throttle WHERE last_failure_at < :before")
                .param("before", utc(before)).update();
    }

    /** Instants are stored in UTC, as everywhere in the schema. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private int increment(String key, Instant now, Instant forgetBefore) {
        return jdbc.sql("UPDATE login_throttle SET failures = CASE WHEN last_failure_at < :forgetBefore THEN 1"
                        + " ELSE failures + 1 END, last_failure_at = :now WHERE throttle_key = :key")
                .param("forgetBefore", utc(forgetBefore)).param("now", utc(now)).param("key", key)
                .update();
    }
}
