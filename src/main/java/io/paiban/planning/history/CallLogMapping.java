package io.paiban.planning.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.paiban.platform.csv.CsvLines;
import io.paiban.platform.error.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How to read one kind of raw per-call log: which column holds what, which values mean answered,
 * abandoned or "not a real call", and how times are written. Stored by name; see docs/forecasting.md
 * and config/call-log-mappings/ for examples.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CallLogMappingDocument")
public record CallLogMapping(
        @Schema(description = "Column separator: \",\" (default), \"\\t\" or \";\"") String delimiter,
        @Schema(description = "Column with the arrival date and time together") String dateTimeColumn,
        @Schema(description = "java.time pattern of dateTimeColumn; default ISO-8601 (offset optional)") String dateTimeFormat,
        @Schema(description = "Column with the arrival date (when date and time are apart)") String dateColumn,
        @Schema(description = "java.time pattern of dateColumn, e.g. yyMMdd", example = "yyyy-MM-dd") String dateFormat,
        @Schema(description = "For two-digit years: the century start, e.g. 1900 reads 99 as 1999 (default 2000)") Integer twoDigitYearBase,
        @Schema(description = "Columns with the arrival time of day; the first one that is not empty is used") List<String> timeColumns,
        @Schema(description = "java.time pattern of the time columns", example = "H:mm:ss") String timeFormat,
        @Schema(description = "Time values that mean 'did not happen'", example = "[\"0:00:00\"]") List<String> emptyTimeValues,
        @Schema(description = "IANA zone of local times; default: the queue's site zone") String zone,
        @Schema(description = "A constant queue code for every call") String queueCode,
        @Schema(description = "Column naming the queue (its values are queue codes unless queueValues maps them)") String queueColumn,
        @Schema(description = "Values of queueColumn to queue codes, e.g. {\"PS\": \"BANK-PS\"}") Map<String, String> queueValues,
        @Schema(description = "Column with the wait in seconds") String waitColumn,
        @Schema(description = "Column with the outcome; without it every call counts as answered") String outcomeColumn,
        List<String> answeredValues,
        List<String> abandonedValues,
        @Schema(description = "Outcomes that are not real contacts (skipped and counted)") List<String> ignoredValues,
        @Schema(description = "Column with the handle (talk + wrap) time in seconds of answered calls") String handleColumn,
        @Schema(description = "The log is complete: intervals of its days without calls are real zeros (default true)") Boolean fillEmptyIntervals) {

    char separator() {
        return CsvLines.separator(delimiter);
    }

    boolean fillsEmptyIntervals() {
        return fillEmptyIntervals == null || fillEmptyIntervals;
    }

    List<String> emptyTimes() {
        return emptyTimeValues == null ? List.of() : emptyTimeValues;
    }

    /** Everything wrong with the mapping itself, with the field named. */
    List<Problem.InvalidParam> problems() {
        List<Problem.InvalidParam> problems = new ArrayList<>();
        if (delimiter != null && delimiter.length() != 1 && !"\\t".equals(delimiter) && !"tab".equalsIgnoreCase(delimiter)) {
            problems.add(Problem.InvalidParam.field("delimiter", "one character, \"\\t\" or \"tab\""));
        }
        boolean together = dateTimeColumn != null;
        boolean apart = dateColumn != null || (timeColumns != null && !timeColumns.isEmpty());
        if (together == apart) {
            problems.add(Problem.InvalidParam.field("dateTimeColumn", "give either dateTimeColumn, or dateColumn with timeColumns"));
        }
        if (apart && (dateColumn == null || timeColumns == null || timeColumns.isEmpty())) {
            problems.add(Problem.InvalidParam.field("timeColumns", "dateColumn and timeColumns go together"));
        }
        checkPattern(problems, "dateTimeFormat", dateTimeFormat);
        checkPattern(problems, "dateFormat", dateFormat);
        checkPattern(problems, "timeFormat", timeFormat);
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                problems.add(Problem.InvalidParam.field("zone", "'" + zone + "' is not an IANA time zone"));
            }
        }
        if ((queueCode == null) == (queueColumn == null)) {
            problems.add(Problem.InvalidParam.field("queueCode", "give either queueCode or queueColumn"));
        }
        if (queueValues != null && queueColumn == null) {
            problems.add(Problem.InvalidParam.field("queueValues", "needs queueColumn"));
        }
        if (outcomeColumn != null && (answeredValues == null || answeredValues.isEmpty())) {
            problems.add(Problem.InvalidParam.field("answeredValues", "required with outcomeColumn"));
        }
        return problems;
    }

    private static void checkPattern(List<Problem.InvalidParam> problems, String field, String pattern) {
        if (pattern == null) {
            return;
        }
        try {
            DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.InvalidParam.field(field, "not a java.time pattern: " + e.getMessage()));
        }
    }
}
