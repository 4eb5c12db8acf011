package cn.slaportal.web.availability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.api.ApiClient;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AvailabilityApiIT {

    private static final String HEADER = "timestamp,resource,outcome,latency_ms\n";

    @LocalServerPort
    private int port;

    private ApiClient.Answer post(String query, String csv, String language) {
        return new ApiClient(port).post("/api/v1/availability" + query, "text/csv", csv, language);
    }

    @Test
    void countsObservedUnavailableAndUnobservedMinutes() {
        ApiClient.Answer answer = post("", HEADER + """
                2026-02-01T10:00:05+08:00,relay-a,503,20
                2026-02-01T10:00:35+08:00,relay-a,timeout,300001
                2026-02-01T10:01:05+08:00,relay-a,500,20
                2026-02-01T10:01:45+08:00,relay-a,200,20
                2026-02-01T10:02:05+08:00,relay-a,404,20
                2026-02-01T10:03:05+08:00,relay-a,200,300001
                2026-02-01T02:04:05Z,relay-a,200,300000
                2026-02-01T10:00:05+08:00,queue-b,200,1
                """, "en");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("resources").toString()).isEqualTo("["
                + "{\"name\":\"queue-b\",\"observedMinutes\":1,\"unavailableMinutes\":0,\"unobservedMinutes\":0},"
                + "{\"name\":\"relay-a\",\"observedMinutes\":4,\"unavailableMinutes\":2,\"unobservedMinutes\":1}]");
        assertThat(answer.json().get("rejectedLines").size()).isZero();
        assertThat(answer.json().get("linesRead").asLong()).isEqualTo(8);
    }

    @Test
    void fromAndToCountUnobservedMinutesOverTheWholePeriod() {
        ApiClient.Answer answer = post("?from=2026-02-01&to=2026-02-01", HEADER + """
                2026-01-31T16:00:05Z,relay-a,503,20
                2026-01-31T15:59:59Z,relay-a,503,20
                2026-02-01T23:59:59+08:00,relay-a,200,20
                2026-02-02T00:00:00+08:00,relay-a,200,20
                """, "en");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode relay = answer.json().get("resources").get(0);
        assertThat(relay.get("observedMinutes").asLong()).isEqualTo(2);
        assertThat(relay.get("unavailableMinutes").asLong()).isEqualTo(1);
        assertThat(relay.get("unobservedMinutes").asLong()).isEqualTo(1438);
        assertThat(answer.json().get("linesOutsideWindow").asLong()).isEqualTo(2);
    }

    @Test
    void malformedLinesAreReportedByNumberInTheCallersLanguageAndTheRestIsCounted() {
        String csv = HEADER + """
                2026-02-01T10:00:05+08:00,relay-a,503,20
                not-a-time,relay-a,503,20
                2026-02-01T10:01:05+08:00,relay-a,banana,20

                2026-02-01T10:01:06+08:00,relay-a,200,fast
                2026-02-01T10:01:07+08:00,relay-a,200
                2026-02-01T10:01:08,relay-a,200,1
                2026-02-01T10:02:05+08:00,,200,1
                2026-02-01T10:02:05+08:00,relay-a,200,1
                """;
        ApiClient.Answer english = post("", csv, "en");
        assertThat(english.status()).as(english.body()).isEqualTo(200);
        JsonNode rejected = english.json().get("rejectedLines");
        assertThat(rejected.toString()).contains("\"line\":3,\"code\":\"availability.line.bad-timestamp\"")
                .contains("\"line\":4,\"code\":\"availability.line.bad-outcome\"")
                .contains("\"line\":6,\"code\":\"availability.line.bad-latency\"")
                .contains("\"line\":7,\"code\":\"availability.line.field-count\"")
                .contains("\"line\":8,\"code\":\"availability.line.bad-timestamp\"")
                .contains("\"line\":9,\"code\":\"availability.error.blank-resource\"");
        assertThat(rejected.size()).isEqualTo(6);
        assertThat(rejected.get(3).get("reason").asString()).isEqualTo("Expected 4 fields, found 3.");
        assertThat(english.json().get("resources").get(0).get("observedMinutes").asLong()).isEqualTo(2);

        ApiClient.Answer chinese = post("", csv, "zh-CN");
        assertThat(chinese.json().get("rejectedLines").get(3).get("reason").asString())
                .isEqualTo("应有 4 个字段，实际为 3 个。");
    }

    @Test
    void onlyTheFirstThousandRejectedLinesAreListedButAllAreCounted() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1500; i++) {
            csv.append("bad line ").append(i).append('\n');
        }
        ApiClient.Answer answer = post("", csv.toString(), "en");
        assertThat(answer.json().get("rejectedLines").size()).isEqualTo(1000);
        assertThat(answer.json().get("rejectedLineCount").asLong()).isEqualTo(1500);
        assertThat(answer.json().get("rejectedLinesTruncated").asBoolean()).isTrue();
        assertThat(answer.json().get("rejectedLinesLimit").asInt()).isEqualTo(1000);
    }

    @Test
    void aWrongHeaderIsRefused() {
        ApiClient.Answer answer = post("", "time,res,out,lat\n", "en");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("availability.error.bad-header");
        assertThat(answer.errorMessage()).contains("timestamp,resource,outcome,latency_ms");
        assertThat(post("", "", "zh-CN").errorCode()).isEqualTo("availability.error.empty-log");
    }

    @Test
    void aBadPeriodIsRefused() {
        assertThat(post("?from=yesterday", HEADER, "en").errorCode()).isEqualTo("api.error.bad-date-time");
        assertThat(post("?from=2026-02-02&to=2026-02-01", HEADER, "en").errorCode())
                .isEqualTo("availability.error.window-reversed");
    }

    /**
     * 360 006 lines written into a pipe while the request is being sent: two resources, 30 000 minutes, six
     * attempts per minute each, six malformed lines. Neither side holds the log in memory.
     */
    @Test
    void aStreamedLogOfSeveralHundredThousandLinesIsCountedExactly() {
        int minutes = 30_000;
        ApiClient.Answer answer = new ApiClient(port).postStream("/api/v1/availability", "text/csv; charset=UTF-8",
                () -> generatedLog(minutes), "en");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("linesRead").asLong()).isEqualTo(minutes * 12L + 6);
        assertThat(answer.json().get("resources").toString()).isEqualTo("["
                + "{\"name\":\"queue-b\",\"observedMinutes\":30000,\"unavailableMinutes\":600,\"unobservedMinutes\":0},"
                + "{\"name\":\"relay-a\",\"observedMinutes\":29700,\"unavailableMinutes\":300,\"unobservedMinutes\":300}]");
        assertThat(answer.json().get("rejectedLineCount").asLong()).isEqualTo(6);
        assertThat(answer.json().get("rejectedLines").get(0).get("line").asLong()).isEqualTo(1 + 2501 * 12 + 1);
    }

    private static InputStream generatedLog(int minutes) {
        try {
            PipedInputStream in = new PipedInputStream(1 << 16);
            PipedOutputStream out = new PipedOutputStream(in);
            Thread writer = new Thread(() -> write(out, minutes), "probe-log-generator");
            writer.setDaemon(true);
            writer.start();
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PipedOutputStream out, int minutes) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        OffsetDateTime start = OffsetDateTime.parse("2026-02-01T00:00:00+08:00");
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            writer.write(HEADER);
            for (int minute = 0; minute < minutes; minute++) {
                String relayOutcome = minute % 100 == 0 ? "503" : minute % 100 == 1 ? "404" : "200";
                String queueOutcome = minute % 50 == 7 ? "timeout" : "200";
                for (int attempt = 0; attempt < 6; attempt++) {
                    String time = iso.format(start.plusMinutes(minute).plusSeconds(attempt * 10L));
                    writer.write(time + ",relay-a," + relayOutcome + ",25\n");
                    writer.write(time + ",queue-b," + queueOutcome + ",40\n");
                }
                if (minute % 5000 == 2500) {
                    writer.write("garbage," + minute + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
