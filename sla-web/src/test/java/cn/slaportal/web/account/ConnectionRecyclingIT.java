package cn.slaportal.web.account;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link ConnectionRecyclingContract} on the embedded default, H2 in MySQL mode. */
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        ConnectionRecyclingContract.SHORT_POOL_LIFETIME, ConnectionRecyclingContract.SMALL_POOL,
        ConnectionRecyclingContract.FULL_POOL})
class ConnectionRecyclingIT extends ConnectionRecyclingContract {

    @Override
    String sessionIdQuery() {
        return "SELECT SESSION_ID()";
    }
}
