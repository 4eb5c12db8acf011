package cn.slaportal.persistence.generation;

import cn.slaportal.persistence.MariaDbTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.ContextConfiguration;

@EnabledIfSystemProperty(named = "sla.it.mysql", matches = "true")
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
class ContentGenerationStoreOnMariaDbIT extends ContentGenerationStoreContract {
}
