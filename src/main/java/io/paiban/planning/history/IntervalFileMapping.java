package io.paiban.planning.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.paiban.platform.csv.CsvLines;
import io.paiban.platform.csv.ImportRow;
import io.paiban.platform.csv.RowValidator;
import io.paiban.platform.error.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How to read one kind of interval file (an ACD export): which column holds what, how the interval start is
 * written and in which zone. Stored by name like call-log mappings. Each record becomes a row of the standard
 * interval import (queue, interval_start, offered, answered, abandoned, aht_seconds, avg_wait_seconds), so every
 * other rule (validation, closed hours, aggregation of finer files, all or nothing) is the same.
 *
 * <p>Times: a start with an offset or {@code Z} (in the text, or read with an offset pattern) is that instant and
 * lands in the site's local time; a start without one is in {@code zone} when given, else site time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IntervalFileMapping")
public record IntervalFileMapping(
        @Schema(description = "Column separator: \",\" (default), \"\\t\" or \";\"") String delimiter,
        @Schema(description = "A constant queue code for every row") String queueCode,
        @Schema(description = "Column naming the queue (values are queue codes unless queueValues maps them)") String queueColumn,
        @Schema(description = "Values of queueColumn to queue codes") Map<String, String> queueValues,
        @Schema(description = "Column with the interval start (required)", example = "Start Time") String intervalStartColumn,
        @Schema(description = "java.time pattern of the start; default ISO-8601 with optional offset", example = "dd.MM.yyyy HH:mm")
        String timeFormat,
        @Schema(description = "IANA zone or offset of starts written without offset; default the queue's site zone", example = "UTC")
        String zone,
        @Schema(description = "Column with offered contacts (required)") String offeredColumn,
        String answeredColumn,
        String abandonedColumn,
        @Schema(description = "Column with the mean handle time in seconds of the answered") String ahtColumn,
        @Schema(description = "Column with the mean wait in seconds of the answered") String waitColumn) {

    static final String STORED_PREFIX = "interval:";

    char separator() {
        return CsvLines.separator(delimiter);
    }

    List<Problem.InvalidParam> problems() {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if ((queueCode == null) == (queueColumn == null)) {
            problems.add(Problem.InvalidParam.field("queueCode", "give either queueCode or queueColumn"));
        }
        if (intervalStartColumn == null || intervalStartColumn.isBlank()) {
            problems.add(Problem.InvalidParam.field("intervalStartColumn", "is required"));
        }
        if (offeredColumn == null || offeredColumn.isBlank()) {
            problems.add(Problem.InvalidParam.field("offeredColumn", "is required"));
        }
        if (timeFormat != null) {
            try {
                DateTimeFormatter.ofPattern(timeFormat);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.InvalidParam.field("timeFormat", "not a java.time pattern: " + e.getMessage()));
            }
        }
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.add(Problem.InvalidParam.field("zone", "'" + zone + "' is not an IANA zone or offset"));
            }
        }
        return problems;
    }

    /** Reads a file through this mapping into standard interval rows (problems of the mapped columns go to {@code problems}). */
    final class Reader {
        private final CsvLines csv;
        private final Integer queue;
        private final Integer start;
        private final Integer offered;
        private final Integer answered;
        private final Integer abandoned;
        private final Integer aht;
        private final Integer wait;
        private final DateTimeFormatter format;
        private final ZoneId fileZone;

        Reader(CsvLines csv, RowValidator problems) {
            this.csv = csv;
            queue = column(csv, queueColumn, problems);
            start = column(csv, intervalStartColumn, problems);
            offered = column(csv, offeredColumn, problems);
            answered = column(csv, answeredColumn, problems);
            abandoned = column(csv, abandonedColumn, problems);
            aht = column(csv, ahtColumn, problems);
            wait = column(csv, waitColumn, problems);
            format = timeFormat == null ? null : DateTimeFormatter.ofPattern(timeFormat);
            fileZone = zone == null ? null : ZoneId.of(zone);
        }

        private Integer column(CsvLines csv, String name, RowValidator problems) {
            if (name == null) {
                return null;
            }
            Integer index = csv.column(name);
            if (index == null) {
                problems.add(1, name, "column not found in the header");
            }
            return index;
        }

        /** The next record as a standard row; null at the end. */
        ImportRow next(RowValidator problems) {
            for (CsvLines.Record r = csv.next(); r != null; r = csv.next()) {
                if (r.isBlank()) {
                    continue;
                }
                Map<String, String> v = new HashMap<>();
                String q = queueCode != null ? queueCode : r.get(queue);
                if (q != null && queueValues != null && queueValues.containsKey(q.trim())) {
                    q = queueValues.get(q.trim());
                }
                v.put("queue", q);
                v.put("intervalStart", startText(r.get(start), r.line(), problems));
                v.put("offered", r.get(offered));
                v.put("answered", r.get(answered));
                v.put("abandoned", r.get(abandoned));
                v.put("ahtSeconds", r.get(aht));
                v.put("avgWaitSeconds", r.get(wait));
                return ImportRow.ofLine(r.line(), v);
            }
            return null;
        }

        /** ISO-8601 text the standard import reads: with offset for instants and zoned times, else site-local. */
        private String startText(String text, int line, RowValidator problems) {
            if (text == null || text.isBlank() || (format == null && fileZone == null)) {
                return text;
            }
            String t = text.trim();
            try {
                TemporalAccessor parsed = format == null
                        ? DateTimeFormatter.ISO_DATE_TIME.parseBest(t.replace(' ', 'T'), OffsetDateTime::from, LocalDateTime::from)
                        : format.parseBest(t, OffsetDateTime::from, LocalDateTime::from);
                if (parsed instanceof OffsetDateTime odt) {
                    return odt.toString();
                }
                LocalDateTime local = (LocalDateTime) parsed;
                return fileZone == null ? local.toString() : local.atZone(fileZone).toOffsetDateTime().toString();
            } catch (DateTimeException e) {
                problems.add(line, intervalStartColumn, "'" + t + "' does not match the time format "
                        + (timeFormat == null ? "ISO-8601" : "'" + timeFormat + "'"));
                return null;
            }
        }
    }

    Reader reader(CsvLines csv, RowValidator problems) {
        return new Reader(csv, problems);
    }
}
