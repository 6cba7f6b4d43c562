package io.paiban.planning.forecast;

import io.paiban.demo.DemoCenter;
import io.paiban.planning.forecast.model.BacktestSettings;
import io.paiban.planning.forecast.model.Combination;
import io.paiban.planning.forecast.model.ForecastModel;
import io.paiban.planning.forecast.model.ForecastRequest;
import io.paiban.planning.forecast.model.ForecastResult;
import io.paiban.planning.forecast.model.IntervalSeries;
import io.paiban.planning.forecast.model.VolumeForecaster;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rolling-origin accuracy of every candidate, of the combination and of the pick (the model the selection
 * chooses from the data before each origin), for the demo center and the Anonymous Bank log. See
 * benchmarks/forecast/README.md.
 *
 * <p>At each outer origin every series is cut there; each candidate is fitted on the data before it and
 * forecasts the next 7 days; the forecaster (inner rolling-origin backtest on the same data only, then pick)
 * gives the pick and its 10%/90% bounds; the combination is the forced combination. Errors are pooled over
 * series, origins and intervals: WAPE = sum|a - f| / sum a, bias = sum(f - a) / sum a over intervals with a
 * known actual (event windows of the demo calendar are masked, i.e. not scored and not learned). Selection
 * loss = WAPE(pick) - min over single candidates of WAPE (the best single model in hindsight). Coverage =
 * share of actuals within [lower, upper] over intervals not closed (actual and upper bound both 0 skipped).
 *
 * <p>Args: [path to calls.tsv] (default ../shared/data/anonymous-bank-1999-02/calls.tsv).
 */
public final class ForecastAccuracyBenchmark {

    private static final int HORIZON_DAYS = 7;

    /** -DcombineTop=k tries another k (the service setting paiban.forecast.combine-top). */
    private static final int COMBINE_TOP = Integer.getInteger("combineTop", VolumeForecaster.DEFAULT_COMBINE_TOP);

    /** -Dweighting=INVERSE_WAPE|EQUAL|MEDIAN and -Dselection=LOWEST|COMBINATION_UNLESS_CLEARLY_BEATEN|COMBINATION try other rules. */
    private static final Combination.Weighting WEIGHTING = Combination.Weighting.valueOf(
            System.getProperty("weighting", VolumeForecaster.DEFAULT_WEIGHTING.name()));
    private static final VolumeForecaster.Selection SELECTION = VolumeForecaster.Selection.valueOf(
            System.getProperty("selection", VolumeForecaster.DEFAULT_SELECTION.name()));

    private ForecastAccuracyBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String bankPath = args.length > 0 ? args[0] : "../shared/data/anonymous-bank-1999-02/calls.tsv";

        // Demo center: 8 queues x 26 weeks of 30-minute history up to 2026-11-23, origins at the last 4 Mondays.
        LocalDate historyEnd = LocalDate.of(2026, 11, 23);
        DemoCenter center = DemoSeries.center(8, 26, historyEnd);
        Map<String, IntervalSeries> demo = new LinkedHashMap<>();
        for (DemoSeries.Queue q : DemoSeries.queues(center, 26, historyEnd)) {
            IntervalSeries v = q.series().volume();
            demo.put(q.spec().code(), q.events().isEmpty() ? v : QueueForecaster.LEARNER.maskEvents(v, q.events()));
        }
        int perDay = 48;
        List<Integer> demoOrigins = new ArrayList<>();
        for (int w = 4; w >= 1; w--) {
            demoOrigins.add((26 - w) * 7 * perDay);
        }
        if (!Boolean.getBoolean("skipDemo")) { // -DskipDemo=true runs the bank log only
            evaluate("demo center (8 queues, 26 weeks, 30 min; origins: last 4 Mondays; inner backtest: default 4 weekly origins)",
                    demo, demoOrigins, BacktestSettings.defaults());
        }

        // Anonymous Bank, Feb 1999: 28 days, 30 min; daily origins day 14..21, each forecasting 7 days.
        Map<String, double[]> byType = readBank(Path.of(bankPath));
        Map<String, IntervalSeries> bankAll = new LinkedHashMap<>();
        double[] all = new double[28 * perDay];
        Map<String, IntervalSeries> bankQueues = new LinkedHashMap<>();
        byType.forEach((type, values) -> {
            for (int t = 0; t < all.length; t++) {
                all[t] += values[t];
            }
            bankQueues.put("BANK-" + type, IntervalSeries.of(LocalDate.of(1999, 2, 1), 30, values));
        });
        bankAll.put("BANK-ALL", IntervalSeries.of(LocalDate.of(1999, 2, 1), 30, all));
        List<Integer> bankOrigins = new ArrayList<>();
        for (int d = 14; d <= 21; d++) {
            bankOrigins.add(d * perDay);
        }
        // Inner backtest on what precedes each origin: daily origins (up to 7), 7-day horizon, >= 1 training week.
        BacktestSettings inner = new BacktestSettings(7, 1, 7, 1);
        evaluate("Anonymous Bank log, all calls (28 days, 30 min; daily origins Feb 15..22; inner backtest: "
                + inner.describe() + ")", bankAll, bankOrigins, inner);
        evaluate("Anonymous Bank log, 6 queues by call type (same origins and inner backtest)", bankQueues, bankOrigins, inner);
    }

    private static final class Sums {
        double abs;
        double signed;
        double actual;
        int inside;
        int covered;

        void add(IntervalSeries series, int origin, double[] forecast) {
            for (int k = 0; k < forecast.length && origin + k < series.size(); k++) {
                double a = series.value(origin + k);
                if (Double.isNaN(a)) {
                    continue;
                }
                abs += Math.abs(a - forecast[k]);
                signed += forecast[k] - a;
                actual += a;
            }
        }

        void cover(IntervalSeries series, int origin, double[] lower, double[] upper) {
            for (int k = 0; k < lower.length && origin + k < series.size(); k++) {
                double a = series.value(origin + k);
                if (Double.isNaN(a) || (a == 0 && upper[k] <= 0)) {
                    continue;
                }
                covered++;
                if (a >= lower[k] - 1e-9 && a <= upper[k] + 1e-9) {
                    inside++;
                }
            }
        }

        double wape() {
            return abs / actual;
        }

        double bias() {
            return signed / actual;
        }

        String coverage() {
            return covered == 0 ? "-" : String.format("%.1f%%", 100.0 * inside / covered);
        }
    }

    static void evaluate(String title, Map<String, IntervalSeries> series, List<Integer> origins, BacktestSettings inner) {
        long started = System.nanoTime();
        QueueForecaster.Settings defaults = QueueForecaster.Settings.defaults();
        List<ForecastModel> candidates = VolumeForecaster.defaultCandidates(defaults.meanWeeks(), defaults.medianWeeks(),
                defaults.profileWeeks());
        VolumeForecaster forecaster = new VolumeForecaster(candidates, inner, QueueForecaster.LEARNER,
                COMBINE_TOP, WEIGHTING, SELECTION, 0.1, 0.9);
        String comboName = Combination.name(COMBINE_TOP);
        Map<String, Sums> sums = new LinkedHashMap<>();
        for (ForecastModel m : candidates) {
            sums.put(m.name(), new Sums());
        }
        sums.put(comboName, new Sums());
        Sums pick = new Sums();
        Map<String, Integer> picked = new TreeMap<>();
        for (Map.Entry<String, IntervalSeries> e : series.entrySet()) {
            IntervalSeries s = e.getValue();
            int perDay = s.intervalsPerDay();
            for (int origin : origins) {
                int horizon = Math.min(HORIZON_DAYS * perDay, s.size() - origin);
                IntervalSeries history = s.slice(0, origin);
                for (ForecastModel m : candidates) {
                    sums.get(m.name()).add(s, origin, m.fit(history).forecast(horizon).values());
                }
                ForecastResult chosen = forecaster.forecast(ForecastRequest.of(history, horizon));
                pick.add(s, origin, chosen.forecast().values());
                pick.cover(s, origin, chosen.lower().values(), chosen.upper().values());
                picked.merge(chosen.chosenModel(), 1, Integer::sum);
                ForecastResult combo = forecaster.forecast(ForecastRequest.of(history, horizon).forceModel(comboName));
                sums.get(comboName).add(s, origin, combo.forecast().values());
                sums.get(comboName).cover(s, origin, combo.lower().values(), combo.upper().values());
            }
        }
        System.out.println();
        System.out.println("== " + title + " [k=" + COMBINE_TOP + ", " + WEIGHTING + ", " + SELECTION + "]");
        System.out.printf("   %d series x %d origins, 7-day horizon, %d ms (measured under load)%n", series.size(), origins.size(),
                (System.nanoTime() - started) / 1_000_000);
        System.out.printf("   %-30s %8s %8s %14s%n", "model", "WAPE", "bias", "80% PI cover");
        double bestSingle = Double.POSITIVE_INFINITY;
        String bestName = null;
        for (ForecastModel m : candidates) {
            Sums x = sums.get(m.name());
            System.out.printf("   %-30s %8.4f %+8.4f %14s%n", m.name(), x.wape(), x.bias(), "");
            if (x.wape() < bestSingle) {
                bestSingle = x.wape();
                bestName = m.name();
            }
        }
        Sums c = sums.get(comboName);
        System.out.printf("   %-30s %8.4f %+8.4f %14s%n", comboName, c.wape(), c.bias(), c.coverage());
        System.out.printf("   %-30s %8.4f %+8.4f %14s%n", "PICK (selection)", pick.wape(), pick.bias(), pick.coverage());
        System.out.printf("   picks: %s%n", picked);
        System.out.printf("   best single in hindsight: %s %.4f; selection loss (pick - best single): %+.4f (%+.1f%% relative)%n",
                bestName, bestSingle, pick.wape() - bestSingle, 100 * (pick.wape() - bestSingle) / bestSingle);
        double loss = pick.wape() - bestSingle;
        System.out.printf("   pick beats every single candidate: %s%n",
                Math.abs(loss) < 5e-5 ? "TIE with the best single (within 0.00005)" : loss < 0 ? "YES" : "NO");
    }

    /** Arrivals per 30-minute interval by call type, Feb 1-28 1999 (arrival: q_start, else vru_exit). */
    static Map<String, double[]> readBank(Path path) throws IOException {
        LocalDate first = LocalDate.of(1999, 2, 1);
        Map<String, double[]> byType = new TreeMap<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 17 || "PHANTOM".equals(f[12])) {
                    continue;
                }
                LocalDate date = LocalDate.of(1900 + Integer.parseInt(f[5].substring(0, 2)),
                        Integer.parseInt(f[5].substring(2, 4)), Integer.parseInt(f[5].substring(4, 6)));
                LocalTime entry = time(f[6]);
                LocalTime arrival = "0:00:00".equals(f[9]) ? time(f[7]) : time(f[9]);
                if (arrival.isBefore(entry)) {
                    date = date.plusDays(1);
                }
                int day = (int) (date.toEpochDay() - first.toEpochDay());
                if (day < 0 || day >= 28) {
                    continue;
                }
                double[] values = byType.computeIfAbsent(f[4], k -> new double[28 * 48]);
                values[day * 48 + (arrival.getHour() * 60 + arrival.getMinute()) / 30]++;
            }
        }
        return byType;
    }

    private static LocalTime time(String text) {
        String[] p = text.trim().split(":");
        return LocalTime.of(Integer.parseInt(p[0]) % 24, Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }
}
