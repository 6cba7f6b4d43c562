package io.paiban.planning.forecast.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Sanity check on real data: the Anonymous Bank call-center log (February 1999, Technion SEE Center,
 * Guedj and Mandelbaum). Reads the file given as the first argument, aggregates arrivals to the agent
 * queue into 30-minute intervals, backtests every model on the last week and prints the table, plus an
 * AHT shape check. Not a unit test: the data is not part of the project.
 *
 * <p>Arrival time: q_start when the call queued, else vru_exit (served at once or left before
 * queueing). The log is complete, so an interval without calls is a real 0, including the hours the
 * center is closed (nights, Friday afternoon to Saturday evening): closed intervals are known zero
 * demand, not missing, and every model learns them as such from the weekly cycle.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes io.paiban.planning.forecast.model.BankLogSanityCheck
 * /work/shared/data/anonymous-bank-1999-02/calls.tsv}
 */
public final class BankLogSanityCheck {

    private static final int MINUTES = 30;
    private static final LocalDate FIRST_DAY = LocalDate.of(1999, 2, 1); // a Monday
    private static final int DAYS = 28;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BankLogSanityCheck <path to calls.tsv>");
            System.exit(2);
        }
        int perDay = 1440 / MINUTES;
        double[] arrivals = new double[DAYS * perDay];
        double[] served = new double[DAYS * perDay];
        double[] serviceSeconds = new double[DAYS * perDay];
        int rows = 0;
        try (BufferedReader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 17) {
                    continue;
                }
                rows++;
                LocalDate date = LocalDate.of(1900 + Integer.parseInt(f[5].substring(0, 2)),
                        Integer.parseInt(f[5].substring(2, 4)), Integer.parseInt(f[5].substring(4, 6)));
                LocalTime entry = time(f[6]);
                LocalTime arrival = "0:00:00".equals(f[9]) ? time(f[7]) : time(f[9]);
                if (arrival.isBefore(entry)) {
                    date = date.plusDays(1); // crossed midnight inside the VRU
                }
                int day = (int) (date.toEpochDay() - FIRST_DAY.toEpochDay());
                if (day < 0 || day >= DAYS) {
                    continue;
                }
                int t = day * perDay + (arrival.getHour() * 60 + arrival.getMinute()) / MINUTES;
                arrivals[t]++;
                int serviceTime = Integer.parseInt(f[15].trim());
                if ("AGENT".equals(f[12]) && serviceTime > 0) {
                    served[t]++;
                    serviceSeconds[t] += serviceTime;
                }
            }
        }
        IntervalSeries volume = IntervalSeries.of(FIRST_DAY, MINUTES, arrivals);
        System.out.printf("rows %d, arrivals %.0f, %d intervals, zero intervals %d%n", rows, volume.observedSum(),
                volume.size(), countZeros(arrivals));

        List<ForecastModel> models = new ArrayList<>(VolumeForecaster.defaultCandidates());
        models.add(new DoubleSeasonalHoltWinters(DoubleSeasonalHoltWinters.Seasonality.MULTIPLICATIVE, false));
        models.add(WeekdayIntervalAverage.mean(2));
        int week = volume.intervalsPerWeek();
        int origin = volume.size() - week;
        List<BacktestScore> table = new Backtester(new BacktestSettings(1, 2)).run(volume, models);
        System.out.println("backtest: train weeks 1-3 (Feb 1-21), forecast week 4 (Feb 22-28), 30-min intervals");
        System.out.printf("  %-34s %8s %8s %12s%n", "model", "WAPE", "bias", "daily WAPE");
        for (int i = 0; i < models.size(); i++) {
            IntervalSeries forecast = models.get(i).fit(volume.slice(0, origin)).forecast(week);
            System.out.printf("  %-34s %8.3f %+8.3f %12.3f%n", table.get(i).modelName(), table.get(i).meanWape(),
                    table.get(i).meanBias(), dailyWape(volume, origin, forecast));
        }
        ForecastResult result = VolumeForecaster.withDefaults().forecast(ForecastRequest.of(volume.slice(0, origin), week));
        for (DoubleSeasonalHoltWinters.Seasonality form : DoubleSeasonalHoltWinters.Seasonality.values()) {
            System.out.println("  DoubleSeasonalHW " + form + " parameters on weeks 1-3: "
                    + new DoubleSeasonalHoltWinters(form, true).fit(volume.slice(0, origin)).parameters());
        }
        System.out.println("  default selection on weeks 1-3 (its own 1 inner fold) picks: " + result.chosenModel());

        double[] aht = new double[served.length];
        for (int t = 0; t < aht.length; t++) {
            aht[t] = served[t] > 0 ? serviceSeconds[t] / served[t] : Double.NaN;
        }
        IntervalSeries servedSeries = volume.withValues(served);
        IntervalSeries ahtSeries = volume.withValues(aht);
        IntervalSeries ahtForecast = HandleTimeForecaster.defaults()
                .forecast(servedSeries.slice(0, origin), ahtSeries.slice(0, origin), week);
        double flat = 0;
        double flatWeight = 0;
        for (int t = 0; t < origin; t++) {
            if (served[t] > 0) {
                flat += serviceSeconds[t];
                flatWeight += served[t];
            }
        }
        flat /= flatWeight;
        double profileError = 0;
        double flatError = 0;
        double actualWork = 0;
        for (int k = 0; k < week; k++) {
            int t = origin + k;
            if (served[t] > 0) {
                profileError += served[t] * Math.abs(ahtForecast.value(k) - aht[t]);
                flatError += served[t] * Math.abs(flat - aht[t]);
                actualWork += serviceSeconds[t];
            }
        }
        System.out.printf("AHT week 4, volume-weighted abs error / actual work: profile %.3f, flat mean (%.0f s) %.3f%n",
                profileError / actualWork, flat, flatError / actualWork);
    }

    private static LocalTime time(String text) {
        String[] p = text.trim().split(":");
        return LocalTime.of(Integer.parseInt(p[0]) % 24, Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    private static int countZeros(double[] values) {
        int zeros = 0;
        for (double v : values) {
            if (v == 0) {
                zeros++;
            }
        }
        return zeros;
    }

    private static double dailyWape(IntervalSeries actual, int origin, IntervalSeries forecast) {
        int perDay = actual.intervalsPerDay();
        double error = 0;
        double total = 0;
        for (int d = 0; d < forecast.size() / perDay; d++) {
            double a = 0;
            double f = 0;
            for (int i = 0; i < perDay; i++) {
                a += actual.value(origin + d * perDay + i);
                f += forecast.value(d * perDay + i);
            }
            error += Math.abs(a - f);
            total += a;
        }
        return error / total;
    }
}
