package cn.slaportal.web.availability;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.availability.Acceptance;
import cn.slaportal.core.availability.EvaluationWindow;
import cn.slaportal.core.availability.MinuteListener;
import cn.slaportal.core.availability.ProbeLogEvaluator;
import cn.slaportal.core.availability.ProbeOutcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * Reads a probe log in CSV ({@code timestamp,resource,outcome,latency_ms}; outcome a status code or
 * {@code timeout}) record by record and feeds sla-core's {@link ProbeLogEvaluator}: memory stays constant
 * whatever the log's length. A malformed line is rejected by number with a message code and the reading goes
 * on; only the first {@value #REJECTED_LINES_LIMIT} rejected lines are kept, all are counted. A line that
 * started outside the window is ignored and counted apart. A header other than the expected one is refused
 * ({@code availability.error.bad-header}), as is an empty log ({@code availability.error.empty-log}).
 * Bounds: a line longer than {@value #MAXIMUM_LINE_LENGTH} characters is skipped while streaming (never held in
 * memory), a resource name longer than {@value #MAXIMUM_RESOURCE_NAME_LENGTH} and a timestamp outside the years
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR} are refused by line.
 */
@Service
public class ProbeLogService {

    public static final int REJECTED_LINES_LIMIT = 1000;
    /** Longest line read, in characters; a longer one is skipped while streaming, never held in memory. */
    public static final int MAXIMUM_LINE_LENGTH = 1024;
    public static final int MAXIMUM_RESOURCE_NAME_LENGTH = 256;
    /** Timestamps are read from the start of {@value #FIRST_YEAR} to the end of {@value #LAST_YEAR}, Asia/Shanghai. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;
    public static final long EARLIEST_SECOND = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(SlaTime.ZONE).toEpochSecond();
    public static final long END_SECOND = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(SlaTime.ZONE).toEpochSecond();
    public static final List<String> HEADER = List.of("timestamp", "resource", "outcome", "latency_ms");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true)
            .get();
    private static final String TIMEOUT = "timeout";
    /** The status an outcome written as "ok" or "success" stands for. */
    static final int SUCCESS_ALIAS = 200;
    /** The status an outcome written as "error" or "fail" stands for. */
    static final int ERROR_ALIAS = 500;

    public ProbeLogResult evaluate(InputStream csv, EvaluationWindow window) throws IOException {
        return evaluate(csv, window, MinuteListener.NONE);
    }

    /** Reads {@code csv} as UTF-8 (a leading byte-order mark is skipped). */
    public ProbeLogResult evaluate(InputStream csv, EvaluationWindow window, MinuteListener listener)
            throws IOException {
        return evaluate(new InputStreamReader(csv, StandardCharsets.UTF_8), window, listener);
    }

    public ProbeLogResult evaluate(Reader csv, EvaluationWindow window, MinuteListener listener) throws IOException {
        ProbeLogEvaluator evaluator = new ProbeLogEvaluator(window, ProbeLogEvaluator.DEFAULT_MAXIMUM_RESOURCES,
                listener);
        Reading reading = new Reading();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new BufferedReader(new BoundedLineReader(csv, MAXIMUM_LINE_LENGTH), 1 << 16)).setFormat(FORMAT)
                .get()) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                readHeader(records);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CSVException) {
                    throw new SlaRuleViolation("availability.error.bad-header", String.join(",", HEADER));
                }
                throw e.getCause();
            }
            long lineAfterPrevious = parser.getCurrentLineNumber();
            while (true) {
                long line = lineAfterPrevious + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    if (!(e.getCause() instanceof CSVException)) {
                        throw e.getCause();
                    }
                    reading.reject(line, "availability.line.csv-syntax");
                    reading.stoppedAtLine = line;
                    break;
                }
                lineAfterPrevious = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                reading.linesRead++;
                read(record, line, evaluator, reading);
            }
        }
        evaluator.finish();
        return new ProbeLogResult(evaluator.report(), reading.rejected, reading.rejectedCount, reading.linesRead,
                reading.outsideWindow, reading.stoppedAtLine);
    }

    private static void readHeader(Iterator<CSVRecord> records) {
        if (!records.hasNext()) {
            throw new SlaRuleViolation("availability.error.empty-log");
        }
        CSVRecord header = records.next();
        List<String> names = new ArrayList<>(header.size());
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            names.add(i == 0 && name.startsWith("\uFEFF") ? name.substring(1).trim() : name);
        }
        if (!names.equals(HEADER)) {
            throw new SlaRuleViolation("availability.error.bad-header", String.join(",", HEADER));
        }
    }

    private static void read(CSVRecord record, long line, ProbeLogEvaluator evaluator, Reading reading) {
        if (record.size() == 1 && record.get(0).equals(BoundedLineReader.TOO_LONG)) {
            reading.reject(line, "availability.line.too-long", MAXIMUM_LINE_LENGTH);
            return;
        }
        if (record.size() != HEADER.size()) {
            reading.reject(line, "availability.line.field-count", HEADER.size(), record.size());
            return;
        }
        long epochSecond;
        try {
            epochSecond = Timestamps.epochSecond(record.get(0));
        } catch (DateTimeException e) {
            reading.reject(line, "availability.line.bad-timestamp");
            return;
        }
        if (epochSecond < EARLIEST_SECOND || epochSecond >= END_SECOND) {
            reading.reject(line, "availability.line.timestamp-out-of-range", String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
            return;
        }
        if (record.get(1).length() > MAXIMUM_RESOURCE_NAME_LENGTH) {
            reading.reject(line, "availability.line.resource-too-long", MAXIMUM_RESOURCE_NAME_LENGTH);
            return;
        }
        String outcome = record.get(2);
        int status = status(outcome);
        if (status < 0) {
            reading.reject(line, "availability.line.bad-outcome");
            return;
        }
        long latency = latency(record.get(3), status == ProbeOutcome.TIMEOUT_CODE);
        if (latency < 0) {
            reading.reject(line, "availability.line.bad-latency");
            return;
        }
        Acceptance acceptance;
        try {
            acceptance = evaluator.accept(epochSecond, record.get(1), status, latency);
        } catch (SlaRuleViolation violation) {
            reading.reject(line, violation.code(), violation.arguments().toArray());
            return;
        }
        switch (acceptance) {
            case COUNTED -> { }
            case OUTSIDE_WINDOW -> reading.outsideWindow++;
            case TOO_LATE -> reading.reject(line, "availability.line.too-late", ProbeLogEvaluator.OPEN_MINUTES - 1);
            case TOO_MANY_RESOURCES -> reading.reject(line, "availability.line.too-many-resources",
                    ProbeLogEvaluator.DEFAULT_MAXIMUM_RESOURCES);
        }
    }

    /**
     * Status 100-599, {@link ProbeOutcome#TIMEOUT_CODE} for "timeout", -1 when neither. The words monitoring tools
     * commonly write are read as the code they stand for: {@code ok}/{@code success} as a Success Code (200),
     * {@code error}/{@code fail} as an Error Code (500).
     */
    static int status(String outcome) {
        if (outcome.equalsIgnoreCase(TIMEOUT)) {
            return ProbeOutcome.TIMEOUT_CODE;
        }
        if (outcome.equalsIgnoreCase("ok") || outcome.equalsIgnoreCase("success")) {
            return SUCCESS_ALIAS;
        }
        if (outcome.equalsIgnoreCase("error") || outcome.equalsIgnoreCase("fail")) {
            return ERROR_ALIAS;
        }
        if (outcome.length() != 3) {
            return -1;
        }
        int status = 0;
        for (int i = 0; i < 3; i++) {
            char c = outcome.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            status = status * 10 + (c - '0');
        }
        return status >= 100 && status <= 599 ? status : -1;
    }

    /** Latency in ms (0 to 18 digits), -1 when malformed; a timeout may leave it empty. */
    private static long latency(String text, boolean timedOut) {
        if (text.isEmpty()) {
            return timedOut ? 0 : -1;
        }
        if (text.length() > 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static final class Reading {
        private final List<RejectedLine> rejected = new ArrayList<>();
        private long rejectedCount;
        private long linesRead;
        private long outsideWindow;
        private long stoppedAtLine;

        void reject(long line, String code, Object... arguments) {
            rejectedCount++;
            if (rejected.size() < REJECTED_LINES_LIMIT) {
                rejected.add(new RejectedLine(line, code, List.of(arguments)));
            }
        }
    }
}
