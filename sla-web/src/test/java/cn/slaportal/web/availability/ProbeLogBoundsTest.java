package cn.slaportal.web.availability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.availability.EvaluationWindow;
import cn.slaportal.core.availability.MinuteListener;
import cn.slaportal.core.availability.ResourceAvailability;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The probe log's bounds (issue 8, defect 8): sane timestamps, and line and field lengths capped while streaming. */
class ProbeLogBoundsTest {

    private static final String HEADER = "timestamp,resource,outcome,latency_ms\n";
    private static final String GOOD_LINE = "2026-02-01T10:00:05+08:00,relay,503,20\n";

    private final ProbeLogService service = new ProbeLogService();

    private ProbeLogResult evaluate(Reader csv) throws IOException {
        return service.evaluate(csv, EvaluationWindow.WHOLE_LOG, MinuteListener.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z",
            "1969-12-31T23:59:59Z",
            "1999-12-31T15:59:59Z",
            "2100-01-01T00:00:00+08:00",
            "9999-12-31T23:59:59Z"})
    void aTimestampOutsideTheSaneWindowIsRefusedByLineWithItsReason(String timestamp) throws IOException {
        ProbeLogResult result = evaluate(new StringReader(HEADER + GOOD_LINE + timestamp + ",relay,503,20\n"));

        assertThat(result.rejectedLines()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(3);
            assertThat(line.code()).isEqualTo("availability.line.timestamp-out-of-range");
        });
        assertThat(result.resources()).containsExactly(new ResourceAvailability("relay", 1, 1, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2000-01-01T00:00:00Z", "2099-12-31T15:59:59Z"})
    void timestampsAtTheEdgesOfTheSaneWindowAreRead(String timestamp) throws IOException {
        ProbeLogResult result = evaluate(new StringReader(HEADER + timestamp + ",relay,200,20\n"));

        assertThat(result.rejectedLines()).isEmpty();
        assertThat(result.linesRead()).isEqualTo(1);
    }

    @Test
    void aHugeFieldIsRefusedWithoutBeingReadInFullAndTheReadingGoesOn() throws IOException {
        long fieldLength = 100L * 1024 * 1024;
        CountingReader csv = new CountingReader(HEADER + GOOD_LINE + "2026-02-01T10:01:05+08:00,", fieldLength,
                ",200,1\n" + "2026-02-01T10:02:05+08:00,relay,200,1\n");

        ProbeLogResult result = evaluate(csv);

        assertThat(result.rejectedLines()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(3);
            assertThat(line.code()).isEqualTo("availability.line.too-long");
        });
        assertThat(result.resources()).containsExactly(new ResourceAvailability("relay", 2, 1, 1));
    }

    @Test
    void aResourceNameLongerThanTheLimitIsRefused() throws IOException {
        String name = "r".repeat(ProbeLogService.MAXIMUM_RESOURCE_NAME_LENGTH + 1);
        ProbeLogResult result = evaluate(new StringReader(HEADER + GOOD_LINE + "2026-02-01T10:01:05+08:00," + name
                + ",200,1\n"));

        assertThat(result.rejectedLines()).singleElement().satisfies(line ->
                assertThat(line.code()).isEqualTo("availability.line.resource-too-long"));
    }

    @Test
    void aLineOfExactlyTheLimitIsRead() throws IOException {
        String prefix = "2026-02-01T10:01:05+08:00,";
        String suffix = ",200,1";
        String name = "n".repeat(ProbeLogService.MAXIMUM_LINE_LENGTH - prefix.length() - suffix.length());
        String line = prefix + name + suffix;
        assertThat(line).hasSize(ProbeLogService.MAXIMUM_LINE_LENGTH);

        ProbeLogResult result = evaluate(new StringReader(HEADER + line + "\n"));

        assertThat(result.rejectedLines()).extracting(RejectedLine::code)
                .doesNotContain("availability.line.too-long");
    }

    /** A reader of head + {@code length} times 'x' + tail that never holds the middle part. */
    private static final class CountingReader extends Reader {
        private final String head;
        private final long length;
        private final String tail;
        private long position;

        CountingReader(String head, long length, String tail) {
            this.head = head;
            this.length = length;
            this.tail = tail;
        }

        @Override
        public int read(char[] buffer, int offset, int count) {
            long total = head.length() + length + tail.length();
            if (position >= total) {
                return -1;
            }
            int n = 0;
            while (n < count && position < total) {
                long p = position;
                char c;
                if (p < head.length()) {
                    c = head.charAt((int) p);
                } else if (p < head.length() + length) {
                    c = 'x';
                } else {
                    c = tail.charAt((int) (p - head.length() - length));
                }
                buffer[offset + n++] = c;
                position++;
            }
            return n;
        }

        @Override
        public void close() {
        }
    }
}
