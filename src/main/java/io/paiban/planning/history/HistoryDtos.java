package io.paiban.planning.history;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public final class HistoryDtos {

    private HistoryDtos() {
    }

    @Schema(name = "IntervalHistoryRow", description = "What one queue received in one interval")
    public record IntervalRowDto(
            @Schema(description = "Queue code", example = "JD-PHONE-PRE") String queue,
            @Schema(description = "ISO-8601 with offset (an instant) or without (wall time in the queue's site zone)",
                    example = "2026-11-11T08:30:00+08:00") String intervalStart,
            @Schema(example = "42") Integer offered,
            @Schema(description = "Default: offered - abandoned", example = "40") Integer answered,
            @Schema(description = "Default: 0", example = "2") Integer abandoned,
            @Schema(description = "Average handle time of the answered contacts, seconds", example = "215.5") Double ahtSeconds,
            @Schema(description = "Mean wait of the answered contacts, seconds") Double avgWaitSeconds) {
    }

    @Schema(name = "IntervalHistoryImport")
    public record IntervalImportRequest(
            @Schema(description = "15 or 30; default 30") Integer intervalMinutes,
            @NotNull List<@NotNull @Valid IntervalRowDto> rows) {
    }

    @Schema(name = "HistoryImportSummary", description = "What an import wrote (all of the file, or nothing)")
    public record ImportSummary(
            @Schema(description = "Interval rows upserted (a re-imported interval replaces the stored one)") int rows,
            @Schema(description = "Source lines read (calls for a call log)") int linesRead,
            @Schema(description = "Call-log lines skipped because their outcome is mapped as ignored") int ignoredLines,
            int queues, int intervalMinutes, Instant from, Instant to, long millis) {
    }

    @Schema(name = "HistoryRow", description = "The interval actuals of one queue and interval, whichever import wrote them")
    public record HistoryRowView(long queueId, Instant intervalStart, int intervalMinutes, int offered, int answered,
                                 int abandoned,
                                 @Schema(description = "Mean handle time of the answered contacts") Double ahtSeconds,
                                 @Schema(description = "Mean wait of the answered contacts") Double avgWaitSeconds,
                                 @Schema(description = "Answered within thresholdSeconds; null when the source did not count it (history files, call logs)")
                                 Integer answeredWithin, Integer thresholdSeconds,
                                 @Schema(description = "Abandons before shortAbandonSeconds of waiting") int shortAbandoned,
                                 int shortAbandonSeconds) {
        static HistoryRowView of(IntervalActual a) {
            return new HistoryRowView(a.queueId(), a.intervalStart(), a.intervalMinutes(), a.offered(), a.answered(), a.abandoned(),
                    a.ahtSeconds(), a.avgWaitSeconds(), a.answeredWithin(), a.thresholdSeconds(), a.shortAbandoned(),
                    a.shortAbandonSeconds());
        }
    }

    @Schema(name = "HistoryCoverage", description = "How much history one queue has")
    public record CoverageView(long queueId, String queueCode, long rows, Instant first, Instant last, Long offered,
                               Integer intervalMinutes) {
    }

    @Schema(name = "CallLogMapping", description = "A named column mapping for raw per-call logs")
    public record CallLogMappingView(String name, CallLogMapping mapping, long version, Instant updatedAt) {
    }

    @Schema(name = "HistoryDeleteSummary", description = "History rows deleted for one queue in [from, to)")
    public record DeleteSummary(long queueId, String queueCode, Instant from, Instant to, int deletedRows) {
    }

    @Schema(name = "IntervalFileMappingView")
    public record IntervalMappingView(String name, IntervalFileMapping mapping, long version, Instant updatedAt) {
    }
}
