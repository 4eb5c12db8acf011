package cn.slaportal.web.account;

import cn.slaportal.web.MariaDbPortalDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** {@link ConnectionRecyclingContract} on MariaDB through MySQL Connector/J. */
@EnabledIfSystemProperty(named = "sla.it.mysql", matches = "true")
@ActiveProfiles({"demo", "mysql", "mariadb"})
@ContextConfiguration(initializers = MariaDbPortalDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        ConnectionRecyclingContract.SHORT_POOL_LIFETIME, ConnectionRecyclingContract.SMALL_POOL,
        ConnectionRecyclingContract.FULL_POOL})
class ConnectionRecyclingOnMariaDbIT extends ConnectionRecyclingContract {

    @Override
    String sessionIdQuery() {
        return "SELECT CONNECTION_ID()";
    }
}
