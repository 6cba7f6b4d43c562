package io.paiban.planning.staffing.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times the requirement calculation of a realistic planning run: 10 queues x 4 weeks x 48 half-hour intervals,
 * half Erlang C and half Erlang A, volumes following an intraday and weekly pattern.
 * Run with {@code java -cp target/classes io.paiban.planning.staffing.model.StaffingBenchmark}.
 */
public final class StaffingBenchmark {

    private static final int QUEUES = 10;
    private static final int DAYS = 28;
    private static final int INTERVALS_PER_DAY = 48;
    private static final int WARM_UP_RUNS = 30;
    private static final int MEASURED_RUNS = 20;

    private record QueueCase(OfferedLoad load, ServiceTarget target, CustomerPatience patience) {
    }

    private StaffingBenchmark() {
    }

    public static void main(String[] args) {
        List<QueueCase> cases = workload(new SplittableRandom(42));
        RequirementCalculator calculator = new RequirementCalculator();
        long checksum = 0;
        for (int run = 0; run < WARM_UP_RUNS; run++) {
            checksum += totalAgents(cases, calculator);
        }
        long[] nanos = new long[MEASURED_RUNS];
        long agents = 0;
        for (int run = 0; run < MEASURED_RUNS; run++) {
            long start = System.nanoTime();
            agents = totalAgents(cases, calculator);
            nanos[run] = System.nanoTime() - start;
            checksum += agents;
        }
        Arrays.sort(nanos);
        long erlangA = cases.stream().filter(c -> !c.patience().isInfinite()).count();
        System.out.printf("requirements per run: %d (%d Erlang A, %d Erlang C), agent-intervals: %d, checksum %d%n",
                cases.size(), erlangA, cases.size() - erlangA, agents, checksum);
        System.out.printf("median %.2f ms, min %.2f ms, max %.2f ms over %d runs after %d warm-up runs%n",
                nanos[MEASURED_RUNS / 2] / 1e6, nanos[0] / 1e6, nanos[MEASURED_RUNS - 1] / 1e6, MEASURED_RUNS, WARM_UP_RUNS);
    }

    private static long totalAgents(List<QueueCase> cases, RequirementCalculator calculator) {
        long total = 0;
        for (QueueCase queueCase : cases) {
            total += calculator.requiredAgents(queueCase.load(), queueCase.target(), queueCase.patience()).agents();
        }
        return total;
    }

    private static List<QueueCase> workload(SplittableRandom random) {
        double[] weekday = {1.15, 1.05, 1.0, 0.98, 0.95, 0.6, 0.4};
        List<QueueCase> cases = new ArrayList<>(QUEUES * DAYS * INTERVALS_PER_DAY);
        for (int queue = 0; queue < QUEUES; queue++) {
            double peakCalls = 20 + 380 * queue / (QUEUES - 1.0);
            double aht = 150 + 45 * queue;
            ServiceTarget target = (queue % 3 == 0 ? ServiceTarget.of(0.9, 30) : ServiceTarget.of(0.8, 20))
                    .withMaxOccupancy(0.9);
            if (queue % 4 == 1) {
                target = target.withMaxAsaSeconds(25);
            }
            boolean abandonment = queue % 2 == 1;
            CustomerPatience patience = abandonment
                    ? CustomerPatience.exponentialWithMeanSeconds(90 + 60 * queue) : CustomerPatience.infinite();
            if (abandonment) {
                target = target.withMaxAbandonRate(0.05);
            }
            for (int day = 0; day < DAYS; day++) {
                for (int slot = 0; slot < INTERVALS_PER_DAY; slot++) {
                    double hour = slot / 2.0;
                    // Two daily peaks (late morning, early afternoon) on a low night-time floor.
                    double shape = 0.03 + Math.exp(-Math.pow((hour - 11) / 2.2, 2)) + 0.8 * Math.exp(-Math.pow((hour - 15) / 2.5, 2));
                    double calls = peakCalls * shape * weekday[day % 7] * (0.9 + 0.2 * random.nextDouble());
                    cases.add(new QueueCase(new OfferedLoad(calls, 30, aht), target, patience));
                }
            }
        }
        return cases;
    }
}
