package cn.slaportal.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.SlaTime;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.persistence.notice.NoticeStore;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("demo")
class DemoDataTest {

    @Autowired
    DemoData demo;
    @Autowired
    AccountStore accounts;
    @Autowired
    SubscriptionStore subscriptions;
    @Autowired
    ClaimStore claims;
    @Autowired
    SlaVersionStore versions;
    @Autowired
    NoticeStore notices;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void everyDemoLoginWorksWithItsDocumentedPassword() {
        for (DemoAccounts account : DemoAccounts.values()) {
            UserAccount stored = accounts.userByEmail(account.email).orElseThrow();
            assertThat(passwords.matches(account.password, stored.passwordHash())).as(account.email).isTrue();
            assertThat(stored.role()).isEqualTo(account.role);
            assertThat(stored.organisationId().isPresent()).isEqualTo(account.role == Role.CUSTOMER);
        }
        assertThat(accounts.organisations()).extracting(organisation -> organisation.name())
                .contains(DemoData.CONTOSO, DemoData.FABRIKAM);
    }

    @Test
    void theDemoHasTwoAdministratorsSoThatOneCanReviewTheOthersDraft() {
        assertThat(accounts.users()).filteredOn(user -> user.role() == Role.ADMIN).extracting(UserAccount::email)
                .contains(DemoAccounts.ADMIN.email, DemoAccounts.REVIEWER.email);
    }

    @Test
    void demoClaimsCoverEveryStatusOnBothDocuments() {
        List<Claim> all = claims.all();

        assertThat(all).extracting(Claim::status).containsAll(EnumSet.allOf(ClaimStatus.class));
        assertThat(all).extracting(claim -> claim.serviceLevel().value())
                .anyMatch(level -> level.startsWith("service-bus")).anyMatch(level -> level.startsWith("dynamics-365"));
        assertThat(subscriptions.all()).anyMatch(subscription -> subscription.renews().isPresent());
    }

    @Test
    void serviceBusGetsAScheduledAdverseDemoV2WithTheClauseStructureOfV1() {
        SlaVersionRecord v1 = versions.version("service-bus", 1).orElseThrow();
        SlaVersionRecord v2 = versions.version("service-bus", 2).orElseThrow();
        LocalDate today = LocalDate.now(SlaTime.ZONE);

        assertThat(v2.summary().origin()).isEqualTo(VersionOrigin.DEMO);
        assertThat(v2.summary().adverse()).isTrue();
        assertThat(v2.summary().effectiveFrom()).isAfterOrEqualTo(today.plusDays(90));
        assertThat(versions.inForce("service-bus", today)).map(SlaVersionRecord::number).contains(1);
        assertThat(headings(v2.body().en())).isEqualTo(headings(v1.body().en()));
        assertThat(headings(v2.body().zhCn())).isEqualTo(headings(v1.body().zhCn()));
        assertThat(v2.body().en()).isNotEqualTo(v1.body().en());
        assertThat(v2.body().zhCn()).isNotEqualTo(v1.body().zhCn());
        assertThat(notices.noticesFor("service-bus", 2)).hasSize(2);
    }

    @Test
    void runningTheDemoLoaderAgainChangesNothing() {
        int claimCount = claims.all().size();
        int versionCount = versions.versions("service-bus").size();
        int userCount = accounts.users().size();

        demo.run(null);

        assertThat(claims.all()).hasSize(claimCount);
        assertThat(versions.versions("service-bus")).hasSize(versionCount);
        assertThat(accounts.users()).hasSize(userCount);
    }

    private static List<String> headings(String markdown) {
        return Arrays.stream(markdown.split("\n")).filter(line -> line.startsWith("#")).toList();
    }
}
