package io.paiban.planning.forecast;

import io.paiban.demo.DemoCenter;
import io.paiban.demo.DemoCenterGenerator;
import io.paiban.planning.forecast.model.BacktestScore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Backtest, select and forecast the demo center: 8 queues x 26 weeks of 30-minute history x 4-week horizon,
 * exactly the per-queue work of a forecast run (no database). Prints the median wall time over several
 * runs on 1 thread and on a pool of all cores. See benchmarks/forecast/README.md.
 */
public final class DemoForecastBenchmark {

    private DemoForecastBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        LocalDate historyEnd = LocalDate.of(2026, 11, 23);
        long t0 = System.nanoTime();
        DemoCenter center = DemoSeries.center(8, 26, historyEnd);
        List<DemoSeries.Queue> queues = DemoSeries.queues(center, 26, historyEnd);
        System.out.printf("generated %d queues x 26 weeks (%d history rows) in %d ms%n", queues.size(), center.history().size(),
                (System.nanoTime() - t0) / 1_000_000);
        LocalGrid horizon = new LocalGrid(center.spec().zone(), historyEnd, 28, DemoCenterGenerator.INTERVAL_MINUTES);
        List<QueueForecaster.Input> inputs = new ArrayList<>();
        for (int i = 0; i < queues.size(); i++) {
            DemoSeries.Queue q = queues.get(i);
            boolean[] closed = new boolean[horizon.size()];
            for (int k = 0; k < closed.length && !q.spec().channel().isDeferred(); k++) {
                closed[k] = !q.schedule().isOpen(horizon.slotTime(k), horizon.intervalMinutes());
            }
            inputs.add(new QueueForecaster.Input(i, q.series(), horizon.size(), closed, Optional.empty(), q.events(), Map.of(),
                    q.spec().handleSeconds()));
        }
        QueueForecaster forecaster = new QueueForecaster();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.println("cores: " + cores + ", runs: " + runs + " (after 3 warm-up rounds)");
        for (int threads : new int[] {1, cores}) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<QueueForecaster.Output> last = null;
            for (int w = 0; w < 3; w++) {
                last = runAll(pool, forecaster, inputs);
            }
            long[] millis = new long[runs];
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                last = runAll(pool, forecaster, inputs);
                millis[r] = (System.nanoTime() - start) / 1_000_000;
            }
            pool.shutdown();
            Arrays.sort(millis);
            System.out.printf("%d thread(s): median %d ms, min %d ms, max %d ms for 8 queues (backtest 6 models x 4 folds, select, forecast 4 weeks)%n",
                    threads, millis[runs / 2], millis[0], millis[runs - 1]);
            if (threads == cores) {
                for (QueueForecaster.Output out : last) {
                    BacktestScore chosen = out.result().score(out.result().chosenModel()).orElseThrow();
                    System.out.printf("  %-16s %-28s backtest WAPE %.3f bias %+.3f%n", queues.get((int) out.queueId()).spec().code(),
                            out.result().chosenModel(), chosen.meanWape(), chosen.meanBias());
                }
            }
        }
    }

    private static List<QueueForecaster.Output> runAll(ExecutorService pool, QueueForecaster forecaster,
                                                       List<QueueForecaster.Input> inputs) throws Exception {
        List<Future<QueueForecaster.Output>> futures = new ArrayList<>();
        for (QueueForecaster.Input input : inputs) {
            futures.add(pool.submit(() -> forecaster.forecast(input)));
        }
        List<QueueForecaster.Output> outputs = new ArrayList<>();
        for (Future<QueueForecaster.Output> f : futures) {
            outputs.add(f.get());
        }
        return outputs;
    }
}
