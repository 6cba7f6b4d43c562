package io.paiban.demo;

import io.paiban.demo.DemoCenter.QueueSpec;
import io.paiban.benchmark.HistoryRequirement.VolumeAdjustment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo generator's own demand model (expected contacts per queue and half hour, before Poisson noise), for
 * benchmarks that plan a week whose calendar effects the averaged history weeks do not contain (Double 11).
 */
public final class DemoDemandModel {

    private final DemoCenter center;
    private final Map<String, DemoCenterGenerator.DemandShape> shapes = new HashMap<>();

    public DemoDemandModel(DemoCenter center) {
        this.center = center;
        for (QueueSpec queue : center.queues()) {
            shapes.put(queue.code(), new DemoCenterGenerator.DemandShape(queue, center.events()));
        }
    }

    /** Expected contacts of a queue in the half hour starting at {@code t} (local time of the site). */
    public double expected(QueueSpec queue, ZonedDateTime t) {
        DemoCenterGenerator.DemandShape shape = shapes.get(queue.code());
        LocalDate day = t.toLocalDate();
        LocalTime local = t.toLocalTime();
        return queue.dailyVolume() * shape.dayFactor(day) * shape.intervalShare(local) * shape.launchPeak(day, local);
    }

    /**
     * The requirement's history mean of interval t averages the same weekday and time over the last
     * {@code weeksBack} weeks; this scales it by expected(t) / mean of expected(t - w weeks). Weeks without
     * calendar effects give exactly 1; a promotion day gets its promotion and launch-peak factors, and a
     * promotion inside the averaged weeks is taken out again.
     */
    public VolumeAdjustment calendarAdjustment(int weeksBack) {
        return (queue, t) -> {
            double target = expected(queue, t);
            double base = 0;
            for (int w = 1; w <= weeksBack; w++) {
                base += expected(queue, t.minusWeeks(w));
            }
            base /= weeksBack;
            return base <= 0 ? 1.0 : target / base;
        };
    }
}
