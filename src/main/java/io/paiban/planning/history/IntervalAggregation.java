package io.paiban.planning.history;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up validated rows of a finer file grid (5, 10 or 15 minutes) into the site-local grid of the stored
 * interval length: each row goes to the interval whose site-local start is its own start rounded down to a
 * multiple of the length from midnight. Counts add; handle time and wait are stored as sums, so they add too
 * (unknown stays unknown only when no row of the interval knows it). Rows already on the target grid pass
 * through unchanged.
 */
final class IntervalAggregation {

    /** Rows on the target grid, with the first source line of each. */
    record Rows(List<IntervalActual> rows, List<Integer> firstLines) {
    }

    private IntervalAggregation() {
    }

    static Rows toGrid(QueueDirectory directory, List<IntervalActual> rows, List<Integer> lines, int minutes) {
        if (rows.stream().allMatch(r -> r.intervalMinutes() == minutes)) {
            return new Rows(rows, lines);
        }
        Map<String, IntervalActual> sums = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            IntervalActual r = rows.get(i);
            ZoneId zone = directory.byId(r.queueId()).orElseThrow().zone();
            LocalDateTime local = LocalDateTime.ofInstant(r.intervalStart(), zone);
            int minuteOfDay = local.getHour() * 60 + local.getMinute();
            LocalDateTime bucketLocal = local.toLocalDate().atStartOfDay().plusMinutes(minuteOfDay - minuteOfDay % minutes);
            Instant bucket = bucketLocal.atZone(zone).toInstant();
            String key = r.queueId() + "@" + bucket;
            IntervalActual sum = sums.get(key);
            sums.put(key, sum == null
                    ? new IntervalActual(r.queueId(), bucket, minutes, r.offered(), r.answered(), r.abandoned(), 0, 0, null, null,
                            r.handleSeconds(), r.answerWaitSeconds(), null)
                    : new IntervalActual(r.queueId(), bucket, minutes, sum.offered() + r.offered(), sum.answered() + r.answered(),
                            sum.abandoned() + r.abandoned(), 0, 0, null, null, add(sum.handleSeconds(), r.handleSeconds()),
                            add(sum.answerWaitSeconds(), r.answerWaitSeconds()), null));
            Integer line = lines.get(i);
            if (r.offered() > 0) {
                firstLine.merge(key, line, Math::min);
            } else {
                firstLine.putIfAbsent(key, line);
            }
        }
        List<IntervalActual> out = new ArrayList<>(sums.values());
        List<Integer> outLines = new ArrayList<>();
        sums.keySet().forEach(k -> outLines.add(firstLine.get(k)));
        return new Rows(out, outLines);
    }

    private static Double add(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + b;
    }
}
