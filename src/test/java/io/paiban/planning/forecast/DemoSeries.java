package io.paiban.planning.forecast;

import io.paiban.demo.DemoCenter;
import io.paiban.demo.DemoCenterGenerator;
import io.paiban.demo.DemoCenterSpec;
import io.paiban.planning.forecast.model.EventOccurrence;
import io.paiban.masterdata.queue.OpeningHours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The demo center's history on the forecasting grid, built without a database the same way the service
 * builds it: for model tests and the benchmark.
 */
public final class DemoSeries {

    public record Queue(DemoCenter.QueueSpec spec, QueueSeries series, OpeningSchedule schedule, List<EventOccurrence> events) {
    }

    private DemoSeries() {
    }

    public static DemoCenter center(int queues, int weeks, LocalDate historyEnd) {
        return DemoCenterGenerator.generate(new DemoCenterSpec(20261111L, 150, queues, weeks, historyEnd, DemoCenterSpec.DEFAULT_ZONE));
    }

    /** History of every queue over [historyEnd - weeks, until). */
    public static List<Queue> queues(DemoCenter center, int weeks, LocalDate until) {
        LocalGrid grid = new LocalGrid(center.spec().zone(), until.minusWeeks(weeks), weeks * 7, DemoCenterGenerator.INTERVAL_MINUTES);
        Map<String, List<HistoryPoint>> byQueue = center.history().stream().collect(Collectors.groupingBy(DemoCenter.HistoryRow::queueCode,
                Collectors.mapping(r -> new HistoryPoint(r.intervalStart(), r.offered(), r.answered(), r.ahtSeconds()), Collectors.toList())));
        List<EventOccurrence> events = center.events().stream()
                .map(e -> new EventOccurrence(e.key(), e.name(), e.start())).toList();
        List<Queue> queues = new ArrayList<>();
        for (DemoCenter.QueueSpec spec : center.queues()) {
            List<OpeningHours> hours = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.add(new OpeningHours(day, spec.opensAt(), spec.closesAt()));
            }
            OpeningSchedule schedule = new OpeningSchedule(hours);
            queues.add(new Queue(spec, QueueSeries.build(grid, byQueue.getOrDefault(spec.code(), List.of()), schedule), schedule, events));
        }
        return queues;
    }
}
