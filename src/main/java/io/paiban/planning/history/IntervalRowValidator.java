package io.paiban.planning.history;

import io.paiban.platform.csv.ImportRow;
import io.paiban.platform.csv.RowValidator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks interval history rows one by one (known queue, readable aligned time, sane counts, no repeat of
 * the same queue and interval in the file) and keeps the good ones; bad ones go to the validator's problems.
 */
final class IntervalRowValidator {

    private final QueueDirectory queues;
    private final int intervalMinutes;
    private final RowValidator problems;
    private final Map<Long, Integer> firstLineOfKey = new HashMap<>();
    private final List<IntervalActual> ordered = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    IntervalRowValidator(QueueDirectory queues, int intervalMinutes, RowValidator problems) {
        this.queues = queues;
        this.intervalMinutes = intervalMinutes;
        this.problems = problems;
    }

    void accept(ImportRow row) {
        int before = problems.problemCount();
        String code = problems.required(row, "queue", "queue_code");
        QueueDirectory.QueueRef queue = queues.byCode(code).orElse(null);
        if (code != null && queue == null) {
            problems.add(row, "queue", "unknown queue '" + code + "'");
        }
        Instant start = null;
        if (queue != null) {
            start = problems.instant(row, "intervalStart", queue.zone(), true, "start");
            if (start != null && !problems.aligned(row, "intervalStart", start, queue.zone(), intervalMinutes)) {
                start = null;
            }
        }
        Integer offered = problems.wholeNumber(row, "offered", true);
        Integer abandoned = problems.wholeNumber(row, "abandoned", false);
        Integer answered = problems.wholeNumber(row, "answered", false);
        Double aht = problems.decimal(row, "ahtSeconds", "aht");
        Double wait = problems.decimal(row, "avgWaitSeconds", "avg_wait");
        if (offered != null) {
            int ab = abandoned == null ? 0 : abandoned;
            int an = answered == null ? Math.max(0, offered - ab) : answered;
            if (an + ab > offered) {
                problems.add(row, "answered", "answered " + an + " + abandoned " + ab + " exceed offered " + offered);
            }
            answered = an;
            abandoned = ab;
        }
        if (queue != null && start != null) {
            long key = queue.id() * (1L << 32) + start.getEpochSecond() / 60;
            Integer first = firstLineOfKey.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(row, "intervalStart", "duplicate of line " + first + " (same queue and interval)");
            }
        }
        if (problems.problemCount() == before) {
            ordered.add(IntervalActual.ofHistory(queue.id(), start, intervalMinutes, offered, answered, abandoned, aht, wait));
            lines.add(row.line());
        }
    }

    List<IntervalActual> rows() {
        return ordered;
    }

    /** The source line of each row (file line for CSV, row number for JSON). */
    List<Integer> lines() {
        return lines;
    }
}
