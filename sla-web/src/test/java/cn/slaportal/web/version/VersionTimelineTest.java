package cn.slaportal.web.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.version.SlaVersionSummary;
import cn.slaportal.persistence.version.VersionOrigin;

class VersionTimelineTest {

    private static SlaVersionSummary version(int number, String effective) {
        LocalizedText text = new LocalizedText("v" + number, "版本" + number);
        return new SlaVersionSummary("service-bus", number, text, text, Instant.parse("2016-03-01T00:00:00Z"),
                LocalDate.parse(effective), false, "test", VersionOrigin.CONTENT);
    }

    private static final List<SlaVersionSummary> THREE_VERSIONS =
            List.of(version(1, "2016-03-01"), version(2, "2020-01-01"), version(3, "2027-01-01"));

    @ParameterizedTest
    @CsvSource({
            "2016-02-29, 0, 1",
            "2016-03-01, 1, 2",
            "2019-12-31, 1, 2",
            "2020-01-01, 2, 3",
            "2026-12-31, 2, 3",
            "2027-01-01, 3, 0"
    })
    void versionInForceIsTheLatestEffectiveOnTheDay(String today, int inForce, int nextScheduled) {
        VersionTimeline timeline = VersionTimeline.of(THREE_VERSIONS, LocalDate.parse(today));

        assertThat(timeline.inForce().map(VersionView::number).orElse(0)).isEqualTo(inForce);
        assertThat(timeline.nextScheduled().map(VersionView::number).orElse(0)).isEqualTo(nextScheduled);
    }

    @Test
    void replacedVersionKnowsItsLastDayInForce() {
        VersionTimeline timeline = VersionTimeline.of(THREE_VERSIONS, LocalDate.parse("2026-11-23"));

        VersionView first = timeline.version(1).orElseThrow();
        assertThat(first.status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(first.lastDayInForce()).isEqualTo(LocalDate.parse("2019-12-31"));
        assertThat(timeline.version(2).orElseThrow().status()).isEqualTo(VersionStatus.CURRENT);
        assertThat(timeline.version(3).orElseThrow().status()).isEqualTo(VersionStatus.SCHEDULED);
        assertThat(timeline.newestFirst()).extracting(VersionView::number).containsExactly(3, 2, 1);
        assertThat(timeline.latestNumber()).isEqualTo(3);
    }

    @Test
    void onTheSameEffectiveDateTheHigherNumberIsInForceAndTheOtherNeverWas() {
        VersionTimeline timeline = VersionTimeline.of(
                List.of(version(1, "2016-03-01"), version(2, "2016-03-01")), LocalDate.parse("2020-01-01"));

        assertThat(timeline.inForce().orElseThrow().number()).isEqualTo(2);
        assertThat(timeline.version(1).orElseThrow().lastDayInForce()).isNull();
    }

    @Test
    void documentWithoutVersionsHasNothingInForce() {
        VersionTimeline timeline = VersionTimeline.of(List.of(), LocalDate.parse("2020-01-01"));

        assertThat(timeline.isEmpty()).isTrue();
        assertThat(timeline.inForce()).isEmpty();
        assertThat(timeline.latestNumber()).isZero();
    }
}
