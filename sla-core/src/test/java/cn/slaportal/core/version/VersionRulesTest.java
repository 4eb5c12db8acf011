package cn.slaportal.core.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.SlaRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionRulesTest {

    private static final Instant PUBLISHED_JAN_10_SHANGHAI = Instant.parse("2026-01-10T02:00:00Z");

    @ParameterizedTest(name = "adverse={0}, effective {1}: permitted={2}")
    @CsvSource({"true, 2026-04-10, true", "true, 2026-04-09, false", "true, 2026-06-01, true",
            "false, 2026-01-10, true", "false, 2026-01-09, false", "false, 2026-01-11, true"})
    void adverseChangesNeed90DaysAndNothingIsBackdated(boolean adverse, LocalDate effective, boolean permitted) {
        assertThat(NoticeRule.STANDARD.permits(PUBLISHED_JAN_10_SHANGHAI, effective, adverse)).isEqualTo(permitted);
    }

    @Test
    void eightyNineDaysIsTooShortForAnAdverseChange() {
        assertThatThrownBy(() -> NoticeRule.STANDARD.check(PUBLISHED_JAN_10_SHANGHAI, LocalDate.of(2026, 4, 9), true))
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("version.error.adverse-notice-too-short");
                    assertThat(violation.arguments()).containsExactly("2026-04-09", "2026-04-10", 90);
                });
        NoticeRule.STANDARD.check(PUBLISHED_JAN_10_SHANGHAI, LocalDate.of(2026, 4, 10), true);
    }

    @Test
    void backdatingIsRefused() {
        assertThatThrownBy(() -> NoticeRule.STANDARD.check(PUBLISHED_JAN_10_SHANGHAI, LocalDate.of(2026, 1, 9), false))
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("version.error.backdated");
                    assertThat(violation.arguments()).containsExactly("2026-01-09", "2026-01-10");
                });
    }

    @Test
    void publicationDateIsTheShanghaiDate() {
        Instant lateJan9Utc = Instant.parse("2026-01-09T17:00:00Z");
        assertThat(NoticeRule.STANDARD.earliestEffectiveDate(lateJan9Utc, false)).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(NoticeRule.STANDARD.earliestEffectiveDate(lateJan9Utc, true)).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void versionNumbersStartAtOne() {
        assertThatThrownBy(() -> new SlaVersion(0, PUBLISHED_JAN_10_SHANGHAI, LocalDate.of(2026, 1, 10), false))
                .isInstanceOf(SlaRuleViolation.class);
    }

    private final VersionHistory history = new VersionHistory(List.of(
            new SlaVersion(2, Instant.parse("2025-06-01T00:00:00Z"), LocalDate.of(2025, 9, 1), true),
            new SlaVersion(1, Instant.parse("2019-04-01T00:00:00Z"), LocalDate.of(2019, 4, 1), false),
            new SlaVersion(3, Instant.parse("2026-01-10T02:00:00Z"), LocalDate.of(2026, 4, 10), true)));

    @ParameterizedTest(name = "term beginning {0} is governed by v{1}")
    @CsvSource({"2019-04-01, 1", "2025-08-31, 1", "2025-09-01, 2", "2026-04-09, 2", "2026-04-10, 3",
            "2030-01-01, 3"})
    void theVersionInForceWhenATermBeginsGovernsIt(LocalDate termStart, int version) {
        assertThat(history.governingTerm(termStart)).map(SlaVersion::number).contains(version);
    }

    @Test
    void aRenewalIsGovernedByTheVersionInForceWhenTheRenewalBegins() {
        LocalDate termStart = LocalDate.of(2025, 5, 1);
        LocalDate renewalStart = termStart.plusYears(1);
        assertThat(history.governingTerm(termStart)).map(SlaVersion::number).contains(1);
        assertThat(history.governingRenewal(renewalStart)).map(SlaVersion::number).contains(3);
    }

    @Test
    void noVersionGovernsBeforeTheFirstTookEffect() {
        assertThat(history.inForceOn(LocalDate.of(2019, 3, 31))).isEmpty();
    }

    @Test
    void aScheduledVersionIsNotInForceYet() {
        LocalDate today = LocalDate.of(2026, 2, 1);
        assertThat(history.inForceOn(today)).map(SlaVersion::number).contains(2);
        assertThat(history.scheduledAfter(today)).extracting(SlaVersion::number).containsExactly(3);
        assertThat(history.nextNumber()).isEqualTo(4);
    }

    @ParameterizedTest(name = "v{0} was last in force on {1}")
    @CsvSource({"1, 2025-08-31", "2, 2026-04-09", "3,"})
    void aReplacedVersionWasInForceUntilTheDayBeforeItsSuccessorTookEffect(int number, LocalDate lastDay) {
        assertThat(history.lastDayInForce(number)).isEqualTo(Optional.ofNullable(lastDay));
        if (lastDay != null) {
            assertThat(history.inForceOn(lastDay)).map(SlaVersion::number).contains(number);
            assertThat(history.inForceOn(lastDay.plusDays(1))).map(SlaVersion::number).isNotEqualTo(Optional.of(number));
        }
    }

    @Test
    void aVersionReplacedOnItsOwnEffectiveDateNeverWasInForce() {
        VersionHistory sameDay = new VersionHistory(List.of(
                new SlaVersion(1, PUBLISHED_JAN_10_SHANGHAI, LocalDate.of(2026, 3, 1), false),
                new SlaVersion(2, PUBLISHED_JAN_10_SHANGHAI, LocalDate.of(2026, 3, 1), false)));
        assertThat(sameDay.lastDayInForce(1)).isEmpty();
        assertThat(sameDay.inForceOn(LocalDate.of(2026, 3, 1))).map(SlaVersion::number).contains(2);
    }

    @Test
    void duplicateNumbersAreRefused() {
        SlaVersion one = new SlaVersion(1, PUBLISHED_JAN_10_SHANGHAI, LocalDate.of(2026, 1, 10), false);
        assertThatThrownBy(() -> new VersionHistory(List.of(one, one))).isInstanceOf(SlaRuleViolation.class);
    }
}
