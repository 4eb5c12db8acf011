package cn.slaportal.bench;

import cn.slaportal.core.availability.EvaluationWindow;
import cn.slaportal.core.availability.ProbeLogEvaluator;
import cn.slaportal.core.availability.ProbeOutcome;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One operation = one probe attempt fed to a fresh evaluator (16 resources, six attempts per resource-minute,
 * a few percent 5xx, 4xx and timeouts, in log order). {@code rawLoop} does only the unavoidable part over the
 * same data (Shanghai minute and classification, summed): the ratio shows what the per-resource state costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ProbeLogEvaluatorBenchmark {

    static final int ATTEMPTS = 1 << 20;
    private static final int RESOURCES = 16;

    private final long[] second = new long[ATTEMPTS];
    private final String[] resource = new String[ATTEMPTS];
    private final int[] status = new int[ATTEMPTS];
    private final long[] latency = new long[ATTEMPTS];

    @Setup
    public void probeLog() {
        Random random = new Random(42);
        String[] names = new String[RESOURCES];
        for (int r = 0; r < RESOURCES; r++) {
            names[r] = "sb-namespace/queue-" + r;
        }
        long start = OffsetDateTime.parse("2026-02-01T00:00:00+08:00").toEpochSecond();
        for (int i = 0; i < ATTEMPTS; i++) {
            int r = i % RESOURCES;
            second[i] = start + (i / RESOURCES) * 10L;
            resource[i] = names[r];
            int draw = random.nextInt(100);
            status[i] = draw < 3 ? 503 : draw < 5 ? 404 : draw < 6 ? ProbeOutcome.TIMEOUT_CODE : 200;
            latency[i] = draw == 99 ? 300_001 : 20 + random.nextInt(200);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ATTEMPTS)
    public Object evaluator() {
        ProbeLogEvaluator evaluator = new ProbeLogEvaluator(EvaluationWindow.WHOLE_LOG);
        for (int i = 0; i < ATTEMPTS; i++) {
            evaluator.accept(second[i], resource[i], status[i], latency[i]);
        }
        return evaluator.report();
    }

    @Benchmark
    @OperationsPerInvocation(ATTEMPTS)
    public long rawLoop() {
        long total = 0;
        for (int i = 0; i < ATTEMPTS; i++) {
            long minute = Math.floorDiv(second[i] + 8 * 3600, 60);
            total += minute + ProbeOutcome.classify(status[i], latency[i]).ordinal() + resource[i].length();
        }
        return total;
    }
}
