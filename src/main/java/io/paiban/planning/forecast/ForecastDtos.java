package io.paiban.planning.forecast;

import io.paiban.platform.persistence.VersionedRequest;
import io.paiban.kernel.QueueFunction;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

public final class ForecastDtos {

    private ForecastDtos() {
    }

    @Schema(name = "ForecastRunRequest", description = "Give siteId (all its queues) or queueIds")
    public record RunRequest(
            Long siteId,
            List<@NotNull Long> queueIds,
            @Schema(description = "First local day of the horizon; default: the day after the latest history") LocalDate horizonStart,
            @Min(1) @Max(13) @Schema(description = "Default 4") Integer horizonWeeks,
            @Min(2) @Max(104) @Schema(description = "History weeks to learn from; default 26") Integer historyWeeks,
            @Schema(description = "15, 30 or 60; default: the queues' history interval") Integer intervalMinutes,
            @Schema(description = "Force this model for every queue (see GET /api/forecast-models)") String forceModel,
            @Schema(description = "Queue code to forced model, overriding forceModel") Map<String, String> forcedModels,
            @Size(max = 200) String label,
            @Min(1) @Max(26) @Schema(description = "Backtest origins (folds) of this run; default paiban.forecast.backtest-origins (4)")
            Integer backtestOrigins,
            @Min(1) @Max(52) @Schema(description = "Window N (weeks) of the weekday-interval mean; default paiban.forecast.mean-weeks (4)."
                    + " The model's name carries it: WeekdayIntervalMean(Nw)") Integer meanWeeks,
            @Deprecated @Schema(deprecated = true, description = "Ignored: a run records the signed-in user who made it")
            @Size(max = 100) String createdBy) {
    }

    @Schema(name = "BacktestScore", description = "Rolling-origin backtest of one candidate: mean and per-fold WAPE and bias")
    public record BacktestRow(String model, Double meanWape, Double meanBias, List<Double> foldWapes, List<Double> foldBiases) {
    }

    @Schema(name = "AppliedEventEffect")
    public record EffectView(String key, String source, int occurrencesUsed, Map<Integer, Double> dayFactors) {
    }

    @Schema(name = "ForecastQueueResult")
    public record QueueResultView(long queueId, String queueCode, String model, boolean forced, Double backtestWape,
                                  Double backtestBias, List<BacktestRow> backtest, Map<String, Double> fittedParameters,
                                  List<EffectView> effects, int historyIntervals, int missingIntervals) {
    }

    @Schema(name = "ForecastRun")
    public record RunView(long id, String scopeKey, Long siteId, int versionNo, String label, String createdBy,
                          ForecastRunStatus status, Instant horizonStart, Instant horizonEnd, int intervalMinutes,
                          Instant historyStart, long elapsedMs, Instant createdAt, Map<String, Object> parameters,
                          List<QueueResultView> queues) {
    }

    @Schema(name = "ForecastValue", description = "volume = model output with calendar effects; adjustedVolume adds the supervisor "
            + "adjustments; lowerVolume and upperVolume are the prediction bounds of volume (run parameters lowerQuantile and "
            + "upperQuantile, default 10% and 90%), null for runs made before bounds existed")
    public record ValueView(long queueId, Instant intervalStart, double baseVolume, double volume, double adjustedVolume,
                            double ahtSeconds, Double lowerVolume, Double upperVolume) {
    }

    @Schema(name = "ForecastAdjustmentRequest")
    public record AdjustmentRequest(
            @Schema(description = "Omitted: every queue of the run") Long queueId,
            @NotNull Instant from,
            @NotNull Instant to,
            @NotNull AdjustmentKind kind,
            @NotNull @Schema(description = "PERCENT: +10 = 10% more; ABSOLUTE: contacts added to each interval") Double amount,
            @Size(max = 300) String reason,
            @Deprecated @Schema(deprecated = true, description = "Ignored: an adjustment records the signed-in user who made it")
            @Size(max = 100) String createdBy) {
    }

    @Schema(name = "ForecastAdjustment")
    public record AdjustmentView(long id, long runId, Long queueId, Instant from, Instant to, AdjustmentKind kind, double amount,
                                 String reason, String createdBy, Instant createdAt) {
        static AdjustmentView of(ForecastAdjustment a) {
            return new AdjustmentView(a.id, a.runId, a.queueId, a.from, a.to, a.kind, a.amount, a.reason, a.createdBy, a.createdAt);
        }
    }

    @Schema(name = "ForecastComparisonRow", description = "Adjusted volume of one queue on one site-local day in both runs")
    public record CompareRow(long queueId, String queueCode, LocalDate date, double baseVolume, double otherVolume,
                             double difference, Double differencePercent) {
    }

    @Schema(name = "ForecastComparison")
    public record CompareView(long baseRunId, long otherRunId, List<CompareRow> days, List<CompareRow> queueTotals) {
    }

    @Schema(name = "ForecastAccuracyRow", description = "Forecast (latest run covering each interval, adjusted) against actual offered volume")
    public record AccuracyRow(long queueId, String queueCode, LocalDate weekStart, int intervals, double actual,
                              double forecast, Double wape, Double bias, Double modelWape, List<Long> runIds,
                              @Schema(description = "Share of scored intervals whose actual lay within the run's prediction bounds"
                                      + " (intervals closed on both sides and values without bounds are not counted); null without bounds")
                              Double coverage, Integer coveredIntervals) {
    }

    @Schema(name = "EventMultiplierRequest", description = "Give eventKey or eventId; optionally narrow to a queue function or queue")
    public record MultiplierRequest(
            @Size(max = 40) String eventKey,
            Long eventId,
            QueueFunction queueFunction,
            Long queueId,
            @NotNull @Min(-31) @Max(31) Integer dayOffset,
            @Schema(type = SchemaType.STRING, example = "00:00", description = "Default 00:00") LocalTime fromTime,
            @Schema(type = SchemaType.STRING, example = "02:00", description = "Default: until midnight") LocalTime toTime,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal multiplier,
            @Size(max = 300) String notes,
            @Schema(description = "The version read; required on update") Long version) implements VersionedRequest {
    }

    @Schema(name = "EventMultiplier")
    public record MultiplierView(long id, String eventKey, Long eventId, QueueFunction queueFunction, Long queueId, int dayOffset,
                                 LocalTime fromTime, LocalTime toTime, BigDecimal multiplier, String notes, long version) {
        static MultiplierView of(EventMultiplier m) {
            return new MultiplierView(m.id, m.eventKey, m.eventId, m.queueFunction, m.queueId, m.dayOffset, m.fromTime,
                    m.toTime, m.multiplier, m.notes, m.version);
        }
    }
}
