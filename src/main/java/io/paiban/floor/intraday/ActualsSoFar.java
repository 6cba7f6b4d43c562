package io.paiban.floor.intraday;

import io.paiban.planning.history.IntervalActual;
import io.paiban.planning.history.IntervalActuals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the queues took so far today: offered, answered and handle seconds per queue and forecast interval, from the interval actuals. */
@ApplicationScoped
public class ActualsSoFar {

    @Inject
    IntervalActuals intervalActuals;

    /**
     * Sums per queue and interval of {@code minutes} counted from {@code from}, of the actuals in [from, at): {offered,
     * answered with a handle time, handle s}. Rows without a handle time count as volume only, so the mean handle time
     * is taken over the rows that carry one.
     */
    Map<Long, Map<Instant, double[]>> read(List<Long> queueIds, Instant from, Instant at, int minutes) {
        Map<Long, Map<Instant, double[]>> out = new HashMap<>();
        for (IntervalActual a : intervalActuals.between(queueIds, from, at)) {
            long offset = Duration.between(from, a.intervalStart()).toMinutes() / minutes * minutes;
            double[] sum = out.computeIfAbsent(a.queueId(), k -> new HashMap<>())
                    .computeIfAbsent(from.plus(offset, ChronoUnit.MINUTES), k -> new double[3]);
            sum[0] += a.offered();
            if (a.handleSeconds() != null) {
                sum[1] += a.answered();
                sum[2] += a.handleSeconds();
            }
        }
        return out;
    }
}
