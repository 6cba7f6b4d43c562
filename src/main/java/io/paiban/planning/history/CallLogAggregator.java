package io.paiban.planning.history;

import io.paiban.platform.csv.CsvLines;
import io.paiban.platform.csv.ImportTimes;
import io.paiban.platform.csv.RowValidator;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a raw per-call log into interval history through a {@link CallLogMapping}: each call counts in
 * the interval of its arrival (site-local grid), answered calls give the handle time and wait means.
 * With {@code fillEmptyIntervals} the log is taken as complete, so every interval of the days it covers
 * that saw no call is a real zero rather than missing data.
 */
final class CallLogAggregator {

    /** {@code firstLines}: per row, the first log line counted in it (null for intervals filled with 0). */
    record Result(List<IntervalActual> rows, int linesRead, int ignoredLines, List<Integer> firstLines) {
    }

    private static final class Bucket {
        int offered;
        int answered;
        int abandoned;
        double handleSum;
        int handleCount;
        double waitSum;
        int waitCount;
        Integer firstLine;
    }

    private final CallLogMapping mapping;
    private final QueueDirectory queues;
    private final int intervalMinutes;
    private final RowValidator problems;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;
    private final DateTimeFormatter dateTimeFormat;
    private final ZoneId mappingZone;

    CallLogAggregator(CallLogMapping mapping, QueueDirectory queues, int intervalMinutes, RowValidator problems) {
        this.mapping = mapping;
        this.queues = queues;
        this.intervalMinutes = intervalMinutes;
        this.problems = problems;
        this.dateFormat = mapping.dateFormat() == null ? DateTimeFormatter.ISO_LOCAL_DATE : DateTimeFormatter.ofPattern(mapping.dateFormat());
        this.timeFormat = mapping.timeFormat() == null ? DateTimeFormatter.ISO_LOCAL_TIME : DateTimeFormatter.ofPattern(mapping.timeFormat());
        this.dateTimeFormat = mapping.dateTimeFormat() == null ? null : DateTimeFormatter.ofPattern(mapping.dateTimeFormat());
        this.mappingZone = mapping.zone() == null ? null : ZoneId.of(mapping.zone());
    }

    Result aggregate(InputStream in) {
        // queue id -> interval start -> counts; TreeMap keeps the written rows in time order
        Map<Long, TreeMap<Instant, Bucket>> buckets = new HashMap<>();
        Map<Long, QueueDirectory.QueueRef> seenQueues = new HashMap<>();
        int lines = 0;
        int ignored = 0;
        try (CsvLines csv = new CsvLines(in, mapping.separator())) {
            Columns columns = new Columns(csv);
            if (!columns.missing.isEmpty()) {
                columns.missing.forEach(name -> problems.add(1, name, "column not found in the header"));
                return new Result(List.of(), 0, 0, List.of());
            }
            for (CsvLines.Record record = csv.next(); record != null; record = csv.next()) {
                if (record.isBlank()) {
                    continue;
                }
                lines++;
                int line = record.line();
                int before = problems.problemCount();
                String outcome = columns.outcome == null ? null : trim(record.get(columns.outcome));
                if (outcome != null && contains(mapping.ignoredValues(), outcome)) {
                    ignored++;
                    continue;
                }
                boolean answered = outcome == null || contains(mapping.answeredValues(), outcome);
                boolean abandoned = outcome != null && contains(mapping.abandonedValues(), outcome);
                if (outcome != null && !answered && !abandoned) {
                    problems.add(line, mapping.outcomeColumn(), "outcome '" + outcome + "' is not mapped as answered, abandoned or ignored");
                }
                QueueDirectory.QueueRef queue = queue(record, columns, line);
                Instant arrival = queue == null ? null : arrival(record, columns, line, queue.zone());
                Double handle = number(record, columns.handle, mapping.handleColumn(), line);
                Double wait = number(record, columns.waitCol, mapping.waitColumn(), line);
                if (problems.problemCount() != before || queue == null || arrival == null) {
                    continue;
                }
                seenQueues.put(queue.id(), queue);
                Bucket bucket = buckets.computeIfAbsent(queue.id(), id -> new TreeMap<>())
                        .computeIfAbsent(intervalStart(arrival, queue.zone()), t -> new Bucket());
                if (bucket.firstLine == null) {
                    bucket.firstLine = line;
                }
                bucket.offered++;
                if (answered) {
                    bucket.answered++;
                    if (handle != null) {
                        bucket.handleSum += handle;
                        bucket.handleCount++;
                    }
                    if (wait != null) {
                        bucket.waitSum += wait;
                        bucket.waitCount++;
                    }
                } else {
                    bucket.abandoned++;
                }
            }
        }
        if (mapping.fillsEmptyIntervals()) {
            fillEmptyIntervals(buckets, seenQueues);
        }
        List<IntervalActual> rows = new ArrayList<>();
        List<Integer> firstLines = new ArrayList<>();
        buckets.forEach((queueId, byStart) -> byStart.forEach((start, b) -> {
            rows.add(IntervalActual.ofHistory(queueId, start,
                    intervalMinutes, b.offered, b.answered, b.abandoned,
                    b.handleCount == 0 ? null : b.handleSum / b.handleCount,
                    b.waitCount == 0 ? null : b.waitSum / b.waitCount));
            firstLines.add(b.firstLine);
        }));
        return new Result(rows, lines, ignored, firstLines);
    }

    /** Every interval of every local day from the first to the last call of the log, per queue. */
    private void fillEmptyIntervals(Map<Long, TreeMap<Instant, Bucket>> buckets, Map<Long, QueueDirectory.QueueRef> seen) {
        Instant first = null;
        Instant last = null;
        for (TreeMap<Instant, Bucket> byStart : buckets.values()) {
            first = first == null || byStart.firstKey().isBefore(first) ? byStart.firstKey() : first;
            last = last == null || byStart.lastKey().isAfter(last) ? byStart.lastKey() : last;
        }
        if (first == null) {
            return;
        }
        for (Map.Entry<Long, TreeMap<Instant, Bucket>> entry : buckets.entrySet()) {
            ZoneId zone = seen.get(entry.getKey()).zone();
            LocalDate day = LocalDate.ofInstant(first, zone);
            LocalDate lastDay = LocalDate.ofInstant(last, zone);
            // Iterate instants, not wall-clock minutes: a daylight-saving day has 23 or 25 hours.
            Instant end = lastDay.plusDays(1).atStartOfDay(zone).toInstant();
            for (Instant t = day.atStartOfDay(zone).toInstant(); t.isBefore(end); t = t.plusSeconds(intervalMinutes * 60L)) {
                entry.getValue().putIfAbsent(t, new Bucket());
            }
        }
    }

    private Instant intervalStart(Instant arrival, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(arrival, zone);
        int minute = local.getHour() * 60 + local.getMinute();
        int slot = minute - minute % intervalMinutes;
        LocalDateTime start = local.toLocalDate().atTime(slot / 60, slot % 60);
        return start.atZone(zone).toInstant();
    }

    private QueueDirectory.QueueRef queue(CsvLines.Record record, Columns columns, int line) {
        String code;
        String field;
        if (mapping.queueCode() != null) {
            code = mapping.queueCode();
            field = "queueCode";
        } else {
            String value = trim(record.get(columns.queue));
            field = mapping.queueColumn();
            if (value == null) {
                problems.add(line, field, "is empty");
                return null;
            }
            code = mapping.queueValues() == null ? value : mapping.queueValues().get(value);
            if (code == null) {
                problems.add(line, field, "value '" + value + "' is not in queueValues");
                return null;
            }
        }
        QueueDirectory.QueueRef queue = queues.byCode(code).orElse(null);
        if (queue == null) {
            problems.add(line, field, "unknown queue '" + code + "'");
        }
        return queue;
    }

    private Instant arrival(CsvLines.Record record, Columns columns, int line, ZoneId queueZone) {
        ZoneId zone = mappingZone != null ? mappingZone : queueZone;
        if (columns.dateTime != null) {
            String text = trim(record.get(columns.dateTime));
            if (text == null) {
                problems.add(line, mapping.dateTimeColumn(), "is empty");
                return null;
            }
            try {
                if (dateTimeFormat == null) {
                    return ImportTimes.parse(text, zone);
                }
                return ImportTimes.resolveLocal(LocalDateTime.parse(text, dateTimeFormat), zone);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(line, mapping.dateTimeColumn(), "cannot read '" + text + "' as a date-time");
                return null;
            }
        }
        String dateText = trim(record.get(columns.date));
        LocalDate date;
        try {
            date = LocalDate.parse(dateText == null ? "" : dateText, dateFormat);
            if (mapping.twoDigitYearBase() != null) {
                date = date.withYear(mapping.twoDigitYearBase() + Math.floorMod(date.getYear(), 100));
            }
        } catch (DateTimeParseException e) {
            problems.add(line, mapping.dateColumn(), "cannot read '" + dateText + "' as a date");
            return null;
        }
        for (int i = 0; i < columns.times.size(); i++) {
            String text = trim(record.get(columns.times.get(i)));
            if (text == null || mapping.emptyTimes().contains(text)) {
                continue;
            }
            try {
                return ImportTimes.resolveLocal(date.atTime(LocalTime.parse(text, timeFormat)), zone);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                problems.add(line, mapping.timeColumns().get(i), "cannot read '" + text + "' as a time");
                return null;
            }
        }
        problems.add(line, String.join("|", mapping.timeColumns()), "no arrival time in any of the time columns");
        return null;
    }

    private Double number(CsvLines.Record record, Integer column, String field, int line) {
        return column == null ? null : problems.decimal(line, field, record.get(column));
    }

    private static boolean contains(List<String> values, String value) {
        return values != null && values.contains(value);
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Column indexes resolved from the header once. */
    private final class Columns {
        final Integer dateTime;
        final Integer date;
        final List<Integer> times = new ArrayList<>();
        final Integer queue;
        final Integer outcome;
        final Integer handle;
        final Integer waitCol;
        final List<String> missing = new ArrayList<>();

        Columns(CsvLines csv) {
            dateTime = find(csv, mapping.dateTimeColumn());
            date = find(csv, mapping.dateColumn());
            if (mapping.timeColumns() != null) {
                mapping.timeColumns().forEach(name -> times.add(find(csv, name)));
            }
            queue = find(csv, mapping.queueColumn());
            outcome = find(csv, mapping.outcomeColumn());
            handle = find(csv, mapping.handleColumn());
            waitCol = find(csv, mapping.waitColumn());
        }

        private Integer find(CsvLines csv, String name) {
            if (name == null) {
                return null;
            }
            Integer index = csv.column(name);
            if (index == null) {
                missing.add(name);
            }
            return index;
        }
    }
}
