package cn.slaportal.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvitationRuleTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T00:00:00Z");

    @ParameterizedTest(name = "issued {0}, used {1}, now {2}: {3}")
    @CsvSource({
            "2026-03-01T00:00:00Z, ,                     2026-03-01T00:00:00Z, USABLE",
            "2026-03-01T00:00:00Z, ,                     2026-03-07T23:59:59Z, USABLE",
            "2026-03-01T00:00:00Z, ,                     2026-03-08T00:00:00Z, EXPIRED",
            "2026-03-01T00:00:00Z, ,                     2026-04-01T00:00:00Z, EXPIRED",
            "2026-03-01T00:00:00Z, 2026-03-02T00:00:00Z, 2026-03-02T00:00:01Z, USED",
            "2026-03-01T00:00:00Z, 2026-03-02T00:00:00Z, 2026-04-01T00:00:00Z, USED"
    })
    void aLinkWorksOnceAndOnlyForSevenDays(Instant issued, Instant used, Instant now, InvitationRule.State expected) {
        InvitationRule rule = InvitationRule.STANDARD;

        assertThat(rule.state(rule.expiresAt(issued), Optional.ofNullable(used), now)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "expires {0}")
    @CsvSource("2026-03-08T00:00:00Z")
    void theStandardValidityIsSevenDays(Instant expected) {
        assertThat(InvitationRule.STANDARD.expiresAt(ISSUED)).isEqualTo(expected);
    }
}
