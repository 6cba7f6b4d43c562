package io.paiban.floor.contract.compliance;

import io.paiban.floor.contract.MeasurementWindow;
import io.paiban.floor.contract.StandardKind;
import io.paiban.floor.servicelevel.actuals.ActualsStore.ItemRow;
import io.paiban.floor.servicelevel.actuals.ActualsStore.LiveRow;
import io.paiban.floor.servicelevel.actuals.ActualsStore.QualityRow;
import io.paiban.floor.servicelevel.calendar.DueTimes;
import io.paiban.floor.servicelevel.metrics.ItemCounts;
import io.paiban.floor.servicelevel.metrics.LiveCounts;
import io.paiban.floor.servicelevel.metrics.Metric;
import io.paiban.floor.servicelevel.metrics.MetricFormulas;
import io.paiban.floor.servicelevel.metrics.QualityCounts;
import io.paiban.floor.servicelevel.report.QueueInfo;
import io.paiban.floor.servicelevel.report.ScopeActuals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A standard's result in one month: its value over the month, and whether every measurement window of
 * the month (the month, each Monday-based week cut at the month's edges, or each day) that had
 * contacts reached the target. Values are compared after rounding half-up to 4 decimals, the precision
 * reports show, so a report never shows 0.9000 for a standard of 0.90 marked missed.
 */
public final class ComplianceEvaluator {

    public record MonthResult(StandardSpec spec, Double value, int windowsMeasured, int windowsMet, Verdict verdict, int rowsNotMeasured) {
    }

    private final ScopeActuals actuals;
    private final Instant asOf;

    public ComplianceEvaluator(ScopeActuals actuals, Instant asOf) {
        this.actuals = actuals;
        this.asOf = asOf;
    }

    public MonthResult evaluate(StandardSpec spec, YearMonth month) {
        Measured whole = measure(spec, month.atDay(1), month.atEndOfMonth());
        int measured = 0;
        int met = 0;
        for (LocalDate[] window : windows(spec.window(), month)) {
            Double value = measure(spec, window[0], window[1]).value;
            if (value != null) {
                measured++;
                if (reaches(value, spec.targetShare())) {
                    met++;
                }
            }
        }
        Verdict verdict = measured == 0 ? Verdict.NO_DATA : met == measured ? Verdict.MET : Verdict.MISSED;
        return new MonthResult(spec, whole.value, measured, met, verdict, whole.rowsNotMeasured);
    }

    static boolean reaches(double value, BigDecimal target) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).compareTo(target) >= 0;
    }

    static List<LocalDate[]> windows(MeasurementWindow window, YearMonth month) {
        List<LocalDate[]> windows = new ArrayList<>();
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        switch (window) {
            case MONTH -> windows.add(new LocalDate[]{first, last});
            case DAY -> {
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    windows.add(new LocalDate[]{d, d});
                }
            }
            case WEEK -> {
                LocalDate start = first;
                while (!start.isAfter(last)) {
                    LocalDate sunday = start.plusDays(DayOfWeek.SUNDAY.getValue() - start.getDayOfWeek().getValue());
                    LocalDate end = sunday.isAfter(last) ? last : sunday;
                    windows.add(new LocalDate[]{start, end});
                    start = end.plusDays(1);
                }
            }
        }
        return windows;
    }

    private record Measured(Double value, int rowsNotMeasured) {
    }

    private Measured measure(StandardSpec spec, LocalDate from, LocalDate to) {
        Set<Long> queues = new HashSet<>(spec.queueIds());
        if (spec.kind() == StandardKind.SATISFACTION || spec.kind() == StandardKind.ACCURACY) {
            QualityCounts sum = QualityCounts.ZERO;
            for (QualityRow r : actuals.quality()) {
                if (queues.contains(r.queueId()) && within(r.date(), from, to)) {
                    sum = sum.plus(r.counts());
                }
            }
            return new Measured(MetricFormulas.quality(sum).get(spec.metric()), 0);
        }
        LiveCounts live = LiveCounts.ZERO;
        int notMeasured = 0;
        for (LiveRow r : actuals.live()) {
            QueueInfo q = actuals.queues().get(r.queueId());
            if (!queues.contains(r.queueId()) || !within(LocalDate.ofInstant(r.start(), q.zone()), from, to)) {
                continue;
            }
            // ACD counts of "answered within" are only comparable with a standard of the same threshold.
            if (spec.kind() == StandardKind.RESPONSE_TIME && !spec.standard().target.thresholdSeconds.equals(r.thresholdSeconds())) {
                notMeasured++;
                continue;
            }
            live = live.plus(r.counts());
        }
        ItemCounts items = ItemCounts.ZERO;
        for (ItemRow r : actuals.items()) {
            QueueInfo q = actuals.queues().get(r.queueId());
            if (!queues.contains(r.queueId()) || !within(LocalDate.ofInstant(r.received(), q.zone()), from, to)) {
                continue;
            }
            Instant due = spec.kind() == StandardKind.RESPONSE_TIME ? DueTimes.due(spec.standard().target, r.received(), q.calendar()) : r.received();
            items = items.plus(ItemCounts.of(r.received(), r.firstReply(), due, asOf));
        }
        if (spec.kind() == StandardKind.REPLY_RATE) {
            return new Measured(MetricFormulas.combined(live, items, QualityCounts.ZERO,
                    io.paiban.floor.servicelevel.metrics.AgentTimeCounts.ZERO).get(Metric.REPLY_RATE), notMeasured);
        }
        Double value = spec.channel().isDeferred() ? MetricFormulas.items(items).get(spec.metric()) : MetricFormulas.live(live).get(spec.metric());
        return new Measured(value, notMeasured);
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
