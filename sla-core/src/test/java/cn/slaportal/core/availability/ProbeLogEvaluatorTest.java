package cn.slaportal.core.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.SlaRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbeLogEvaluatorTest {

    private final ProbeLogEvaluator evaluator = new ProbeLogEvaluator();

    private static Instant at(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }

    private Acceptance attempt(String time, String resource, int status, long latency) {
        return evaluator.accept(new ProbeAttempt(at(time), resource, ProbeOutcome.status(status), latency));
    }

    private Acceptance timeout(String time, String resource) {
        return evaluator.accept(new ProbeAttempt(at(time), resource, ProbeOutcome.TIMEOUT, 300_001));
    }

    private ResourceAvailability only() {
        assertThat(evaluator.report()).hasSize(1);
        return evaluator.report().get(0);
    }

    @ParameterizedTest(name = "status {0} after {1} ms: {2}")
    @CsvSource({"200, 10, SUCCESS", "204, 300000, SUCCESS", "200, 300001, FAILURE", "301, 5, SUCCESS",
            "500, 1, FAILURE", "503, 1, FAILURE", "599, 1, FAILURE", "404, 1, NEUTRAL", "429, 400000, NEUTRAL",
            "100, 1, NEUTRAL", "0, 0, FAILURE"})
    void classifiesAttempts(int status, long latency, AttemptResult result) {
        assertThat(ProbeOutcome.classify(status, latency)).isEqualTo(result);
    }

    @Test
    void aMinuteWhoseEveryAttemptFailedIsUnavailable() {
        attempt("2026-02-01T10:00:05+08:00", "relay-a", 500, 20);
        attempt("2026-02-01T10:00:25+08:00", "relay-a", 503, 20);
        timeout("2026-02-01T10:00:45+08:00", "relay-a");
        assertThat(only()).isEqualTo(new ResourceAvailability("relay-a", 1, 1, 0));
    }

    @Test
    void oneSuccessRescuesAMixedMinute() {
        attempt("2026-02-01T10:00:05+08:00", "relay-a", 500, 20);
        attempt("2026-02-01T10:00:59.999+08:00", "relay-a", 200, 20);
        assertThat(only()).isEqualTo(new ResourceAvailability("relay-a", 1, 0, 0));
    }

    @Test
    void aMinuteWithOnly4xxIsUnobserved() {
        attempt("2026-02-01T10:00:05+08:00", "q", 200, 20);
        attempt("2026-02-01T10:01:05+08:00", "q", 404, 20);
        attempt("2026-02-01T10:01:35+08:00", "q", 400, 20);
        attempt("2026-02-01T10:02:05+08:00", "q", 500, 20);
        assertThat(only()).isEqualTo(new ResourceAvailability("q", 2, 1, 1));
    }

    @Test
    void aFourHundredNeitherFailsNorRescuesAFailedMinute() {
        attempt("2026-02-01T10:00:05+08:00", "q", 500, 20);
        attempt("2026-02-01T10:00:06+08:00", "q", 404, 20);
        assertThat(only()).isEqualTo(new ResourceAvailability("q", 1, 1, 0));
    }

    @Test
    void aSuccessAfterMoreThanFiveMinutesFails() {
        attempt("2026-02-01T10:00:05+08:00", "q", 200, 300_001);
        attempt("2026-02-01T10:01:05+08:00", "q", 200, 300_000);
        assertThat(only()).isEqualTo(new ResourceAvailability("q", 2, 1, 0));
    }

    @Test
    void aTimeoutFails() {
        timeout("2026-02-01T10:00:05+08:00", "q");
        assertThat(only().unavailableMinutes()).isEqualTo(1);
    }

    @Test
    void anAttemptBelongsToTheMinuteItStartedIn() {
        attempt("2026-02-01T10:00:59.999+08:00", "q", 500, 2_000);
        attempt("2026-02-01T10:01:00+08:00", "q", 200, 1);
        assertThat(only()).isEqualTo(new ResourceAvailability("q", 2, 1, 0));
    }

    @Test
    void theSameMinuteWrittenInShanghaiAndInUtcIsOneMinute() {
        attempt("2026-02-01T00:00:10+08:00", "q", 500, 1);
        attempt("2026-01-31T16:00:50Z", "q", 500, 1);
        assertThat(only()).isEqualTo(new ResourceAvailability("q", 1, 1, 0));
    }

    @Test
    void unobservedMinutesCountOverTheSpanFromFirstToLastLoggedMinute() {
        attempt("2026-02-01T10:00:00+08:00", "q", 200, 1);
        attempt("2026-02-01T10:09:00+08:00", "q", 500, 1);
        attempt("2026-02-01T10:04:30+08:00", "other", 200, 1);
        assertThat(evaluator.report()).containsExactly(new ResourceAvailability("other", 1, 0, 0),
                new ResourceAvailability("q", 2, 1, 8));
    }

    @Test
    void datesOfTheWindowAreShanghaiDates() {
        ProbeLogEvaluator february = new ProbeLogEvaluator(
                EvaluationWindow.ofDates(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(february.accept(at("2026-01-31T16:00:00Z").getEpochSecond(), "q", 500, 1))
                .isEqualTo(Acceptance.COUNTED);
        assertThat(february.accept(at("2026-01-31T15:59:59Z").getEpochSecond(), "q", 500, 1))
                .isEqualTo(Acceptance.OUTSIDE_WINDOW);
        assertThat(february.accept(at("2026-02-28T23:59:59+08:00").getEpochSecond(), "q", 200, 1))
                .isEqualTo(Acceptance.COUNTED);
        assertThat(february.accept(at("2026-03-01T00:00:00+08:00").getEpochSecond(), "q", 200, 1))
                .isEqualTo(Acceptance.OUTSIDE_WINDOW);
        assertThat(february.report()).containsExactly(new ResourceAvailability("q", 2, 1, 28 * 1440 - 2));
    }

    @Test
    void instantWindowIncludesFromAndExcludesTo() {
        ProbeLogEvaluator hour = new ProbeLogEvaluator(EvaluationWindow.ofInstants(
                at("2026-02-01T10:00:00+08:00"), at("2026-02-01T11:00:00+08:00")));
        hour.accept(at("2026-02-01T10:30:00+08:00").getEpochSecond(), "q", 503, 1);
        assertThat(hour.accept(at("2026-02-01T11:00:00+08:00").getEpochSecond(), "q", 200, 1))
                .isEqualTo(Acceptance.OUTSIDE_WINDOW);
        assertThat(hour.report()).containsExactly(new ResourceAvailability("q", 1, 1, 59));
    }

    @Test
    void aResourceLoggedOnlyOutsideTheWindowIsReportedAsUnobserved() {
        ProbeLogEvaluator day = new ProbeLogEvaluator(
                EvaluationWindow.ofDates(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)));
        day.accept(at("2026-02-02T10:00:00+08:00").getEpochSecond(), "q", 200, 1);
        assertThat(day.report()).containsExactly(new ResourceAvailability("q", 0, 0, 1440));
    }

    @Test
    void aReversedWindowIsRefused() {
        assertThatThrownBy(() -> EvaluationWindow.ofDates(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 1)))
                .isInstanceOfSatisfying(SlaRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("availability.error.window-reversed"));
    }

    @Test
    void attemptsOutOfOrderWithinTheOpenMinutesAreMergedExactly() {
        attempt("2026-02-01T10:10:00+08:00", "q", 500, 1);
        attempt("2026-02-01T10:00:00+08:00", "q", 500, 1);
        attempt("2026-02-01T10:10:30+08:00", "q", 200, 1);
        attempt("2026-02-01T10:00:30+08:00", "q", 500, 1);
        assertThat(only()).isEqualTo(new ResourceAvailability("q", 2, 1, 9));
    }

    @Test
    void anAttemptForAMinuteAlreadyClosedIsRefusedAsTooLate() {
        attempt("2026-02-01T12:00:00+08:00", "q", 200, 1);
        assertThat(attempt("2026-02-01T10:56:00+08:00", "q", 500, 1)).isEqualTo(Acceptance.TOO_LATE);
        assertThat(attempt("2026-02-01T10:57:00+08:00", "q", 500, 1)).isEqualTo(Acceptance.COUNTED);
        assertThat(only()).isEqualTo(new ResourceAvailability("q", 2, 1, 62));
    }

    @Test
    void shuffledWithinTheOpenWindowGivesTheSameCountsAsSorted() {
        Random random = new Random(42);
        List<long[]> attempts = new ArrayList<>();
        long start = at("2026-02-01T00:00:00+08:00").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            long second = start + i * 3L;
            int status = random.nextInt(10) < 3 ? 500 : random.nextInt(10) < 1 ? 404 : 200;
            attempts.add(new long[] {second, status, random.nextInt(2) == 0 ? 1 : 0});
        }
        ProbeLogEvaluator sorted = new ProbeLogEvaluator();
        attempts.forEach(a -> sorted.accept(a[0], "r" + a[2], (int) a[1], 10));
        List<long[]> jittered = new ArrayList<>(attempts);
        for (int block = 0; block < jittered.size(); block += 600) {
            Collections.shuffle(jittered.subList(block, Math.min(jittered.size(), block + 600)), random);
        }
        ProbeLogEvaluator shuffled = new ProbeLogEvaluator();
        jittered.forEach(a -> assertThat(shuffled.accept(a[0], "r" + a[2], (int) a[1], 10))
                .isEqualTo(Acceptance.COUNTED));
        assertThat(shuffled.report()).isEqualTo(sorted.report());
        assertThat(bruteForce(attempts)).isEqualTo(sorted.report());
    }

    /** Reference: every minute in a map, no window. */
    private static List<ResourceAvailability> bruteForce(List<long[]> attempts) {
        java.util.Map<String, java.util.TreeMap<Long, int[]>> minutes = new java.util.TreeMap<>();
        for (long[] a : attempts) {
            int[] flags = minutes.computeIfAbsent("r" + a[2], k -> new java.util.TreeMap<>())
                    .computeIfAbsent(Math.floorDiv(a[0] + 8 * 3600, 60), k -> new int[2]);
            AttemptResult result = ProbeOutcome.classify((int) a[1], 10);
            if (result == AttemptResult.SUCCESS) {
                flags[0] = 1;
            } else if (result == AttemptResult.FAILURE) {
                flags[1] = 1;
            }
        }
        List<ResourceAvailability> report = new ArrayList<>();
        minutes.forEach((name, byMinute) -> {
            long observed = byMinute.values().stream().filter(f -> f[0] + f[1] > 0).count();
            long unavailable = byMinute.values().stream().filter(f -> f[0] == 0 && f[1] == 1).count();
            long span = byMinute.lastKey() - byMinute.firstKey() + 1;
            report.add(new ResourceAvailability(name, observed, unavailable, span - observed));
        });
        return report;
    }

    @Test
    void resourcesBeyondTheLimitAreRefused() {
        ProbeLogEvaluator small = new ProbeLogEvaluator(EvaluationWindow.WHOLE_LOG, 2);
        long second = at("2026-02-01T10:00:00+08:00").getEpochSecond();
        assertThat(small.accept(second, "a", 200, 1)).isEqualTo(Acceptance.COUNTED);
        assertThat(small.accept(second, "b", 200, 1)).isEqualTo(Acceptance.COUNTED);
        assertThat(small.accept(second, "c", 200, 1)).isEqualTo(Acceptance.TOO_MANY_RESOURCES);
        assertThat(small.accept(second, "a", 500, 1)).isEqualTo(Acceptance.COUNTED);
        assertThat(small.report()).extracting(ResourceAvailability::name).containsExactly("a", "b");
    }

    @ParameterizedTest
    @CsvSource({"q, 99, 1, availability.error.invalid-status", "q, 600, 1, availability.error.invalid-status",
            "q, 200, -1, availability.error.negative-latency", "' ', 200, 1, availability.error.blank-resource"})
    void invalidAttemptsAreRefused(String resource, int status, long latency, String code) {
        assertThatThrownBy(() -> evaluator.accept(1_770_000_000L, resource, status, latency))
                .isInstanceOfSatisfying(SlaRuleViolation.class, violation -> assertThat(violation.code()).isEqualTo(code));
        assertThat(evaluator.report()).isEmpty();
    }

    @Test
    void reportingDoesNotCloseTheOpenMinutes() {
        attempt("2026-02-01T10:00:00+08:00", "q", 500, 1);
        assertThat(only()).isEqualTo(new ResourceAvailability("q", 1, 1, 0));
        attempt("2026-02-01T10:00:30+08:00", "q", 200, 1);
        assertThat(only()).isEqualTo(new ResourceAvailability("q", 1, 0, 0));
    }

    @Test
    void theListenerHearsEveryObservedMinuteOnceInOrderPerResource() {
        List<String> heard = new ArrayList<>();
        ProbeLogEvaluator listened = new ProbeLogEvaluator(EvaluationWindow.WHOLE_LOG, 10,
                (resource, minute, unavailable) -> heard.add(resource + "@" + minute + (unavailable ? "!" : "")));
        long start = at("2026-02-01T00:00:00+08:00").getEpochSecond();
        long firstMinute = Math.floorDiv(start + 8 * 3600, 60);
        listened.accept(start, "q", 500, 1);
        listened.accept(start + 60, "q", 404, 1);
        listened.accept(start + 120, "q", 200, 1);
        listened.accept(start + 64 * 60, "q", 200, 1);
        assertThat(heard).containsExactly("q@" + firstMinute + "!");
        listened.finish();
        assertThat(heard).containsExactly("q@" + firstMinute + "!", "q@" + (firstMinute + 2),
                "q@" + (firstMinute + 64));
        assertThat(listened.report()).containsExactly(new ResourceAvailability("q", 3, 1, 62));
        assertThatThrownBy(() -> listened.accept(start, "q", 200, 1)).isInstanceOf(IllegalStateException.class);
    }
}
