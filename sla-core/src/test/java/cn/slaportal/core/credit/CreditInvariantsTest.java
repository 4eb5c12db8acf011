package cn.slaportal.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.billing.Money;
import cn.slaportal.core.uptime.UptimePercentage;
import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Randomised with fixed seeds: the same 200 000 cases on every run. */
class CreditInvariantsTest {

    /** The tables of Service Bus v1 and Dynamics 365 v1. */
    static final CreditSchedule SERVICE_BUS_CREDITS = CreditSchedule.of(
            CreditTier.below("99.9", "10"), CreditTier.below("99", "25"));
    static final CreditSchedule DYNAMICS_365_CREDITS = CreditSchedule.of(
            CreditTier.below("99.9", "25"), CreditTier.below("99", "50"), CreditTier.below("95", "100"));

    private static final int CASES = 100_000;

    static Stream<Arguments> schedules() {
        return Stream.of(Arguments.of("service-bus", SERVICE_BUS_CREDITS, 20261123L),
                Arguments.of("dynamics-365", DYNAMICS_365_CREDITS, 20190401L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void creditNeverRisesWhenUptimeRises(String name, CreditSchedule schedule, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            long available = 1 + random.nextInt(5_000_000);
            long downtimeA = nearTheTiers(random, available);
            long downtimeB = nearTheTiers(random, available);
            UptimePercentage lower = UptimePercentage.fromMinutes(available, Math.max(downtimeA, downtimeB));
            UptimePercentage higher = UptimePercentage.fromMinutes(available, Math.min(downtimeA, downtimeB));
            assertThat(schedule.creditFor(higher)).isLessThanOrEqualTo(schedule.creditFor(lower));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void displayedUptimeNeverFallsInADifferentTierThanTheExactOne(String name, CreditSchedule schedule, long seed) {
        Random random = new Random(seed + 1);
        for (int i = 0; i < CASES; i++) {
            long available = 1 + random.nextInt(5_000_000);
            UptimePercentage exact = UptimePercentage.fromMinutes(available, nearTheTiers(random, available));
            UptimePercentage displayed = new UptimePercentage(exact.displayedValue());
            assertThat(schedule.tierFor(displayed)).as("%s shown as %s", exact.value(), exact.displayed())
                    .isEqualTo(schedule.tierFor(exact));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void creditAmountIsNeverMoreThanTheFeeAndAgreesWithExactArithmetic(String name, CreditSchedule schedule,
            long seed) {
        Random random = new Random(seed + 2);
        CreditCalculator calculator = new CreditCalculator();
        for (int i = 0; i < CASES; i++) {
            Money fee = new Money(BigDecimal.valueOf(random.nextInt(100_000_000), 2));
            long available = 1 + random.nextInt(5_000_000);
            UptimePercentage uptime = UptimePercentage.fromMinutes(available, nearTheTiers(random, available));
            ServiceCredit credit = calculator.assess(schedule, uptime, ApplicableFee.monthlyFee(fee));
            assertThat(credit.amount()).isLessThanOrEqualTo(fee);
            BigDecimal exact = fee.amount().multiply(credit.percent().value()).divide(BigDecimal.valueOf(100));
            assertThat(credit.amount().amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        }
    }

    /** Downtime that puts the uptime near a threshold (99.9, 99, 95) or anywhere. */
    private static long nearTheTiers(Random random, long available) {
        long[] permille = {1, 10, 50};
        long downtime = switch (random.nextInt(4)) {
            case 0, 1, 2 -> available * permille[random.nextInt(3)] / 1000 + random.nextInt(5) - 2;
            default -> (long) (random.nextDouble() * available);
        };
        return Math.max(0, Math.min(available, downtime));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void integerTierAndFenCreditAgreeWithTheDecimalPath(String name, CreditSchedule schedule, long seed) {
        Random random = new Random(seed + 3);
        CreditCalculator calculator = new CreditCalculator();
        for (int i = 0; i < CASES; i++) {
            long available = random.nextInt(10) == 0 ? 1 + (random.nextLong() & Long.MAX_VALUE) / 3
                    : 1 + random.nextInt(5_000_000);
            long downtime = random.nextInt(10) == 0 ? (random.nextLong() & Long.MAX_VALUE) % available
                    : nearTheTiers(random, available);
            UptimePercentage uptime = UptimePercentage.fromMinutes(available, downtime);
            int index = schedule.tierIndexFor(available, downtime);
            assertThat(index < 0 ? java.util.Optional.<CreditTier>empty() : java.util.Optional.of(schedule.tiers().get(index)))
                    .as("%d/%d", downtime, available).isEqualTo(schedule.tierFor(uptime));
            long feeInFen = random.nextInt(100_000_000);
            Money fee = new Money(BigDecimal.valueOf(feeInFen, 2));
            ServiceCredit credit = calculator.assess(schedule, new cn.slaportal.core.uptime.UptimeMinutes(available,
                    downtime), ApplicableFee.monthlyFee(fee));
            assertThat(schedule.creditInFen(available, downtime, feeInFen))
                    .isEqualTo(credit.amount().amount().movePointRight(2).longValueExact());
        }
    }
}
