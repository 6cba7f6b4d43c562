package io.paiban.planning.forecast;

import io.paiban.planning.forecast.model.IntervalSeries;

import java.util.List;

/**
 * One queue's history on the local grid: offered volume, handled volume and AHT. An interval with a
 * stored row keeps its value (a real 0 stays 0); an interval without a row is missing (NaN) while the
 * queue is open and 0 while it is closed, so outages and unrecorded days are never read as zero demand.
 */
public record QueueSeries(IntervalSeries volume, IntervalSeries handled, IntervalSeries aht, int rows) {

    public static QueueSeries build(LocalGrid grid, List<HistoryPoint> points, OpeningSchedule schedule) {
        int n = grid.size();
        double[] volume = new double[n];
        double[] handled = new double[n];
        double[] handleSum = new double[n];
        double[] handleWeight = new double[n];
        boolean[] seen = new boolean[n];
        int rows = 0;
        for (HistoryPoint p : points) {
            int t = grid.indexOf(p.intervalStart());
            if (t < 0) {
                continue;
            }
            rows++;
            seen[t] = true;
            // 15-minute rows on a 30-minute grid, or the repeated hour of a 25-hour day, add up.
            volume[t] += p.offered();
            handled[t] += p.answered();
            if (p.ahtSeconds() != null && p.answered() > 0) {
                handleSum[t] += p.ahtSeconds() * p.answered();
                handleWeight[t] += p.answered();
            }
        }
        double[] aht = new double[n];
        for (int t = 0; t < n; t++) {
            if (!seen[t]) {
                boolean open = schedule.isOpen(grid.slotTime(t), grid.intervalMinutes());
                volume[t] = open ? Double.NaN : 0;
                handled[t] = volume[t];
            }
            aht[t] = handleWeight[t] > 0 ? handleSum[t] / handleWeight[t] : Double.NaN;
        }
        return new QueueSeries(
                new IntervalSeries(grid.firstDay().atStartOfDay(), grid.intervalMinutes(), volume),
                new IntervalSeries(grid.firstDay().atStartOfDay(), grid.intervalMinutes(), handled),
                new IntervalSeries(grid.firstDay().atStartOfDay(), grid.intervalMinutes(), aht),
                rows);
    }

    /**
     * The same series with the given site-local days missing (NaN): days the center was closed (holiday calendars)
     * are not learned as low volume, nor scored in the backtest.
     */
    public QueueSeries withoutDays(java.util.Set<java.time.LocalDate> days) {
        if (days.isEmpty()) {
            return this;
        }
        double[] v = volume.values();
        double[] h = handled.values();
        double[] a = aht.values();
        int perDay = volume.intervalsPerDay();
        boolean any = false;
        for (java.time.LocalDate day : days) {
            int from = volume.indexOfDay(day);
            if (from < 0 || from >= v.length) {
                continue;
            }
            any = true;
            for (int t = from; t < from + perDay && t < v.length; t++) {
                v[t] = Double.NaN;
                h[t] = 0; // no handled contacts: no handle-time information
                a[t] = Double.NaN;
            }
        }
        return any ? new QueueSeries(volume.withValues(v), handled.withValues(h), aht.withValues(a), rows) : this;
    }
}
