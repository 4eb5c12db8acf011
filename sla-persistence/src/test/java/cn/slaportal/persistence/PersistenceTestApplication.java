package cn.slaportal.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the persistence tests start: the stores, repositories and Flyway of this module only. */
@SpringBootApplication
public class PersistenceTestApplication {
}
