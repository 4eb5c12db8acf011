package cn.slaportal.bench;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.credit.ApplicableFee;
import cn.slaportal.core.credit.CreditCalculator;
import cn.slaportal.core.credit.CreditSchedule;
import cn.slaportal.core.credit.CreditTier;
import cn.slaportal.core.uptime.UptimeMinutes;
import java.math.BigDecimal;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation = one resource-month: Monthly Uptime Percentage against the Dynamics 365 tiers (three "&lt;"
 * thresholds, exact) and the credit on its fee, HALF_UP to the fen. {@code rawLoop} is the same arithmetic
 * hand-written for this one schedule: the ceiling {@code creditInFen} is measured against.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CreditEvaluationBenchmark {

    static final int MONTHS = 4096;

    /** The credit table of Dynamics 365 v1: < 99.9 -> 25 %, < 99 -> 50 %, < 95 -> 100 %. */
    private final CreditSchedule schedule = CreditSchedule.of(CreditTier.below("99.9", "25"),
            CreditTier.below("99", "50"), CreditTier.below("95", "100"));
    private final CreditCalculator calculator = new CreditCalculator();
    private final long[] available = new long[MONTHS];
    private final long[] downtime = new long[MONTHS];
    private final long[] feeInFen = new long[MONTHS];
    private final Money[] fees = new Money[MONTHS];

    @Setup
    public void resourceMonths() {
        Random random = new Random(20261123);
        long[] permille = {0, 1, 10, 50, 200};
        for (int i = 0; i < MONTHS; i++) {
            available[i] = 40_320 + random.nextInt(3) * 1_440L;
            downtime[i] = Math.max(0, available[i] * permille[random.nextInt(permille.length)] / 1000
                    + random.nextInt(9) - 4);
            feeInFen[i] = random.nextInt(10_000_000);
            fees[i] = new Money(BigDecimal.valueOf(feeInFen[i], 2));
        }
    }

    @Benchmark
    @OperationsPerInvocation(MONTHS)
    public long creditInFen() {
        long total = 0;
        for (int i = 0; i < MONTHS; i++) {
            total += schedule.creditInFen(available[i], downtime[i], feeInFen[i]);
        }
        return total;
    }

    @Benchmark
    @OperationsPerInvocation(MONTHS)
    public long rawLoop() {
        long total = 0;
        for (int i = 0; i < MONTHS; i++) {
            long up = (available[i] - downtime[i]) * 1000;
            long a = available[i];
            long hundredths = up < 950 * a ? 10_000 : up < 990 * a ? 5_000 : up < 999 * a ? 2_500 : 0;
            total += (feeInFen[i] * hundredths + 5_000) / 10_000;
        }
        return total;
    }

    /** The object path the web layer uses: value records, BigDecimal uptime and Money. */
    @Benchmark
    @OperationsPerInvocation(MONTHS)
    public void objectPath(Blackhole blackhole) {
        for (int i = 0; i < MONTHS; i++) {
            blackhole.consume(calculator.assess(schedule, new UptimeMinutes(available[i], downtime[i]),
                    ApplicableFee.monthlyFee(fees[i])));
        }
    }
}
