package cn.slaportal.web.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.availability.EvaluationWindow;
import cn.slaportal.core.availability.MinuteListener;
import cn.slaportal.core.availability.ResourceAvailability;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProbeLogServiceTest {

    private static final String HEADER = "timestamp,resource,outcome,latency_ms\n";

    private final ProbeLogService service = new ProbeLogService();

    private ProbeLogResult evaluate(String csv) throws IOException {
        return service.evaluate(new StringReader(csv), EvaluationWindow.WHOLE_LOG, MinuteListener.NONE);
    }

    @Test
    void lineNumbersCountBlankLinesCrlfAndQuotedLineBreaks() throws IOException {
        ProbeLogResult result = evaluate(HEADER + "\r\n"
                + "2026-02-01T10:00:05+08:00,\"relay, the first\",503,20\r\n"
                + "2026-02-01T10:00:06+08:00,\"two\nlines\",200,x\n"
                + "bad\n");
        assertThat(result.rejectedLines()).extracting(RejectedLine::line).containsExactly(4L, 6L);
        assertThat(result.resources()).containsExactly(new ResourceAvailability("relay, the first", 1, 1, 0));
    }

    @Test
    void aCsvSyntaxErrorStopsTheReadingAndSaysWhere() throws IOException {
        ProbeLogResult result = evaluate(HEADER + "2026-02-01T10:00:05+08:00,relay,503,20\n"
                + "2026-02-01T10:00:06+08:00,\"relay\"x,200,1\n"
                + "2026-02-01T10:00:07+08:00,relay,200,1\n");
        assertThat(result.stoppedAtLine()).isEqualTo(3);
        assertThat(result.rejectedLines()).extracting(RejectedLine::code).containsExactly("availability.line.csv-syntax");
        assertThat(result.resources()).containsExactly(new ResourceAvailability("relay", 1, 1, 0));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "ok, 200", "OK, 200", "success, 200", "Success, 200", "error, 500", "fail, 500", "FAIL, 500",
            "timeout, 0", "503, 503", "200, 200", "failed, -1", "okay, -1", "99, -1", "600, -1", "'', -1"})
    void commonOutcomeWordsAreReadAsTheCodesTheyStandFor(String outcome, int status) {
        assertThat(ProbeLogService.status(outcome)).isEqualTo(status);
    }

    @Test
    void aRealisticLogWithSuccessAndErrorWordsIsCounted() throws IOException {
        ProbeLogResult result = evaluate(HEADER + "2026-02-01T10:00:05+08:00,relay,success,20\n"
                + "2026-02-01T10:01:05+08:00,relay,error,31\n"
                + "2026-02-01T10:02:05+08:00,relay,weird,31\n");
        assertThat(result.rejectedLines()).extracting(RejectedLine::line).containsExactly(4L);
        assertThat(result.resources()).containsExactly(new ResourceAvailability("relay", 2, 1, 0));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsAccepted() throws IOException {
        assertThat(evaluate("\uFEFF" + HEADER + "2026-02-01T10:00:05+08:00,r,200,1\n").linesRead()).isEqualTo(1);
    }

    @Test
    void aTimeoutMayLeaveTheLatencyEmpty() throws IOException {
        assertThat(evaluate(HEADER + "2026-02-01T10:00:05+08:00,r,TIMEOUT,\n").resources())
                .containsExactly(new ResourceAvailability("r", 1, 1, 0));
    }

    @Test
    void theListenerSeesEveryObservedMinute() throws IOException {
        List<Boolean> minutes = new ArrayList<>();
        service.evaluate(new StringReader(HEADER + "2026-02-01T10:00:05+08:00,r,500,1\n"
                        + "2026-02-01T10:01:05+08:00,r,200,1\n2026-02-01T10:02:05+08:00,r,404,1\n"),
                EvaluationWindow.WHOLE_LOG, (resource, minute, unavailable) -> minutes.add(unavailable));
        assertThat(minutes).containsExactly(true, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "timestamp,resource,outcome\n", "timestamp;resource;outcome;latency_ms\n",
            "\"timestamp\"x,resource,outcome,latency_ms\n"})
    void aMissingOrWrongHeaderIsRefused(String csv) {
        assertThatThrownBy(() -> evaluate(csv)).isInstanceOf(SlaRuleViolation.class);
    }

    @Test
    void fastTimestampsAgreeWithTheJdk() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            OffsetDateTime time = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(
                    random.nextLong() % 8_000_000_000L, random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0),
                    ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800));
            if (time.getYear() < 0 || time.getYear() > 9999) {
                continue;
            }
            String text = time.toString();
            assertThat(Timestamps.epochSecond(text)).as(text).isEqualTo(time.toEpochSecond());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T10:00:00+08:00", "2026-13-01T10:00:00+08:00", "2026-02-01T24:00:00+08:00",
            "2026-02-01T10:00:00", "2026-02-01 10:00:00+08:00", "2026-02-01T10:00:00+8", "2025-02-29T10:00:00Z"})
    void invalidTimestampsAreRefused(String text) {
        assertThatThrownBy(() -> Timestamps.epochSecond(text)).isInstanceOf(DateTimeException.class);
    }
}
