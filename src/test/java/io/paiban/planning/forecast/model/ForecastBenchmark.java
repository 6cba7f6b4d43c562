package io.paiban.planning.forecast.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Timing of the full pipeline (4-week rolling backtest of every default candidate, selection, fit and
 * a 4-week forecast) for 8 synthetic series x 26 weeks of 30-minute history. Prints the median of
 * several runs after warm-up, single-threaded and on a thread pool.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes io.paiban.planning.forecast.model.ForecastBenchmark [runs]}
 */
public final class ForecastBenchmark {

    private static final int SERIES = 8;
    private static final int WEEKS = 26;
    private static final int HORIZON = 4 * 336;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<ForecastRequest> requests = requests();
        VolumeForecaster forecaster = VolumeForecaster.withDefaults();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < 3; i++) { // warm-up: JIT
                runSequential(forecaster, requests);
                runParallel(forecaster, requests, pool);
            }
            double[] sequential = new double[runs];
            double[] parallel = new double[runs];
            List<ForecastResult> results = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                runSequential(forecaster, requests);
                long t1 = System.nanoTime();
                results = runParallel(forecaster, requests, pool);
                long t2 = System.nanoTime();
                sequential[i] = (t1 - t0) / 1e6;
                parallel[i] = (t2 - t1) / 1e6;
            }
            System.out.printf("%d series x %d weeks x 30 min, %d candidates, 4-fold backtest, 4-week horizon%n",
                    SERIES, WEEKS, forecaster.candidates().size());
            System.out.printf("median of %d runs: 1 thread %.0f ms, %d threads %.0f ms (min %.0f / max %.0f)%n",
                    runs, median(sequential), threads, median(parallel),
                    Arrays.stream(parallel).min().orElseThrow(), Arrays.stream(parallel).max().orElseThrow());
            for (int s = 0; s < results.size(); s++) {
                ForecastResult r = results.get(s);
                System.out.printf("  series %d: chosen %-30s WAPE %.3f%n", s, r.chosenModel(),
                        r.score(r.chosenModel()).orElseThrow().meanWape());
            }
        } finally {
            pool.shutdown();
        }
    }

    static List<ForecastRequest> requests() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        List<ForecastRequest> requests = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            SyntheticSeries generator = SyntheticSeries.seed(100 + s).start(start).weeks(WEEKS)
                    .peak(10 + 25 * s).trendPerWeek(s % 3 == 0 ? 0.01 : 0);
            if (s % 4 == 1) {
                generator.missingDays(60 + s, 3);
            }
            List<EventOccurrence> events = new ArrayList<>();
            if (s % 2 == 0) {
                for (int day : new int[] {40, 110, 170, WEEKS * 7 + 10}) {
                    generator.promotion(start.plusDays(day), Map.of(0, 2.5, 1, 1.4));
                    events.add(EventOccurrence.of("PROMO", start.plusDays(day)));
                }
            }
            requests.add(ForecastRequest.of(generator.generate().observed(), HORIZON).withEvents(events));
        }
        return requests;
    }

    private static void runSequential(VolumeForecaster forecaster, List<ForecastRequest> requests) {
        for (ForecastRequest request : requests) {
            forecaster.forecast(request);
        }
    }

    private static List<ForecastResult> runParallel(VolumeForecaster forecaster, List<ForecastRequest> requests,
                                                    ExecutorService pool) throws Exception {
        List<Future<ForecastResult>> futures = new ArrayList<>();
        for (ForecastRequest request : requests) {
            futures.add(pool.submit(() -> forecaster.forecast(request)));
        }
        List<ForecastResult> results = new ArrayList<>();
        for (Future<ForecastResult> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
