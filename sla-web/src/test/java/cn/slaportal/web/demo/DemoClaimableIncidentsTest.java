package cn.slaportal.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.account.PortalUser;
import cn.slaportal.web.claim.ClaimableIncident;
import cn.slaportal.web.claim.ClaimableIncidents;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** A new demo user sees the customer area's main feature at once: an incident the operator proposes to claim. */
@SpringBootTest
@ActiveProfiles("demo")
class DemoClaimableIncidentsTest {

    @Autowired
    private ClaimableIncidents claimable;

    @Autowired
    private UserDetailsService users;

    @ParameterizedTest
    @EnumSource(value = DemoAccounts.class, names = {"ALICE", "BOB", "CAROL"})
    void everyDemoCustomerHasAClaimableIncidentOnAFreshStart(DemoAccounts account) {
        PortalUser customer = (PortalUser) users.loadUserByUsername(account.email);

        List<ClaimableIncident> incidents = claimable.of(customer);

        assertThat(incidents).isNotEmpty().allSatisfy(incident -> {
            assertThat(incident.incident().scheduled()).isFalse();
            assertThat(incident.estimate().credit().isDue()).as("a proposal that pays").isTrue();
        });
    }
}
