package io.paiban.planning.history;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks interval history rows one by one (known queue, readable aligned time, sane counts, no repeat of
 * the same queue and interval in the file) and keeps the good ones; bad ones go to the problems.
 */
final class IntervalRowValidator {

    private final QueueDirectory queues;
    private final int intervalMinutes;
    private final ImportProblems problems;
    private final Map<Long, Integer> firstLineOfKey = new HashMap<>();
    private final List<IntervalRecord> ordered = new ArrayList<>();

    IntervalRowValidator(QueueDirectory queues, int intervalMinutes, ImportProblems problems) {
        this.queues = queues;
        this.intervalMinutes = intervalMinutes;
        this.problems = problems;
    }

    /** Field names are prefixed with {@code fieldPrefix} ("" for CSV columns, "rows[3]." for JSON). */
    void accept(int line, String fieldPrefix, String queueCode, String start, String offered, String answered,
                String abandoned, String aht, String avgWait) {
        int before = problems.count();
        QueueDirectory.QueueRef queue = queues.byCode(queueCode).orElse(null);
        if (queueCode == null || queueCode.isBlank()) {
            problems.add(line, fieldPrefix + "queue", "is empty");
        } else if (queue == null) {
            problems.add(line, fieldPrefix + "queue", "unknown queue '" + queueCode.trim() + "'");
        }
        Instant instant = null;
        if (queue != null) {
            try {
                instant = IntervalTimes.parse(start, queue.zone());
                IntervalTimes.requireAligned(instant, queue.zone(), intervalMinutes);
            } catch (IllegalArgumentException | DateTimeException e) {
                problems.add(line, fieldPrefix + "intervalStart", e.getMessage());
                instant = null;
            }
        }
        Integer offeredCount = count(line, fieldPrefix + "offered", offered, true);
        Integer abandonedCount = count(line, fieldPrefix + "abandoned", abandoned, false);
        Integer answeredCount = count(line, fieldPrefix + "answered", answered, false);
        Double ahtSeconds = seconds(line, fieldPrefix + "ahtSeconds", aht);
        Double waitSeconds = seconds(line, fieldPrefix + "avgWaitSeconds", avgWait);
        if (offeredCount != null) {
            int ab = abandonedCount == null ? 0 : abandonedCount;
            int an = answeredCount == null ? Math.max(0, offeredCount - ab) : answeredCount;
            if (an + ab > offeredCount) {
                problems.add(line, fieldPrefix + "answered", "answered " + an + " + abandoned " + ab + " exceed offered " + offeredCount);
            }
            answeredCount = an;
            abandonedCount = ab;
        }
        if (queue != null && instant != null) {
            long key = queue.id() * (1L << 32) + instant.getEpochSecond() / 60;
            Integer first = firstLineOfKey.putIfAbsent(key, line);
            if (first != null) {
                problems.add(line, fieldPrefix + "intervalStart", "duplicate of line " + first + " (same queue and interval)");
            }
        }
        if (problems.count() == before) {
            IntervalRecord record = new IntervalRecord(queue.id(), instant, intervalMinutes, offeredCount, answeredCount,
                    abandonedCount, ahtSeconds, waitSeconds);
            ordered.add(record);
        }
    }

    List<IntervalRecord> rows() {
        return ordered;
    }

    private Integer count(int line, String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(line, field, "is empty");
            }
            return null;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 0) {
                problems.add(line, field, "must not be negative: " + value);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(line, field, "'" + text.trim() + "' is not a whole number");
            return null;
        }
    }

    private Double seconds(int line, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (!(value >= 0) || Double.isInfinite(value)) {
                problems.add(line, field, "must be a non-negative number of seconds: " + text.trim());
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(line, field, "'" + text.trim() + "' is not a number");
            return null;
        }
    }
}
