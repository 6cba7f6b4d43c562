package io.paiban.planning.forecast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HandleTimeForecasterTest {

    private static final int WEEK = 336;
    private static final int DAY = 48;

    /** Longer calls in the morning than the afternoon, longest at night. */
    private static double trueAht(int intervalOfDay) {
        double hour = intervalOfDay / 2.0;
        if (hour < 7 || hour >= 22) {
            return 420;
        }
        return hour < 12 ? 300 : 210;
    }

    @Test
    void ahtForecastFollowsTheIntervalShape() {
        IntervalSeries volume = SyntheticSeries.seed(51).weeks(8).peak(40).generate().observed();
        double[] aht = new double[volume.size()];
        Random random = new Random(52);
        for (int t = 0; t < aht.length; t++) {
            double v = volume.value(t);
            // Mean of v handle times with coefficient of variation 0.8.
            aht[t] = v > 0 ? trueAht(t % DAY) * (1 + 0.8 * random.nextGaussian() / Math.sqrt(v)) : Double.NaN;
        }
        IntervalSeries forecast = HandleTimeForecaster.defaults()
                .forecast(volume, volume.withValues(aht), WEEK);

        double[] sum = new double[2];
        int[] count = new int[2];
        for (int k = 0; k < WEEK; k++) {
            double hour = (k % DAY) / 2.0;
            boolean busyMorning = hour >= 9 && hour < 12;
            boolean busyAfternoon = hour >= 13 && hour < 17;
            if (busyMorning || busyAfternoon) {
                // Busy slots keep their own level: per slot within sampling noise (~5% sd at ~30 calls
                // x 8 weeks, so 20% is ~3.5 sd), on average over the block much tighter.
                assertEquals(trueAht(k % DAY), forecast.value(k), 0.2 * trueAht(k % DAY), "k=" + k);
                sum[busyMorning ? 0 : 1] += forecast.value(k);
                count[busyMorning ? 0 : 1]++;
            }
            assertTrue(forecast.value(k) > 150 && forecast.value(k) < 500, "k=" + k + " " + forecast.value(k));
        }
        assertEquals(300, sum[0] / count[0], 9);
        assertEquals(210, sum[1] / count[1], 6.3);
        double morning = forecast.value(2 * DAY + 20); // Wednesday 10:00
        double afternoon = forecast.value(2 * DAY + 30); // Wednesday 15:00
        assertTrue(morning > afternoon * 1.3, morning + " vs " + afternoon);
    }

    @Test
    void thinIntervalsBlendTowardsTheDayMean() {
        double[] volume = new double[2 * WEEK];
        double[] aht = new double[2 * WEEK];
        for (int t = 0; t < volume.length; t++) {
            boolean thin = t % DAY == 2; // 01:00, one call a week
            volume[t] = thin ? 1 : 100;
            aht[t] = thin ? 1000 : 200;
        }
        IntervalSeries v = IntervalSeries.of(java.time.LocalDate.of(2024, 1, 1), 30, volume);
        IntervalSeries forecast = new HandleTimeForecaster(2, 30).forecast(v, v.withValues(aht), DAY);
        // 2 calls at 1000 s vs 30 credibility contacts at the day mean (~200 s): stays near the day mean.
        assertTrue(forecast.value(2) < 300, "thin slot " + forecast.value(2));
        assertEquals(200, forecast.value(20), 0.1); // busy slot keeps its own AHT
    }
}
