package io.paiban.planning.staffing;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public final class StaffingRunDtos {

    private StaffingRunDtos() {
    }

    @Schema(name = "StaffingRunRequest", description = "Each queue's own target, handle time forecast, concurrency and opening "
            + "hours are used; these options add run-wide assumptions.")
    public record StaffingRunRequest(
            @NotNull @Schema(description = "The forecast run to staff (its adjusted volume is used)") Long forecastRunId,
            @Size(max = 200) String label,
            @Positive @Schema(description = "Mean phone caller patience: Erlang A; omitted: Erlang C") Double phonePatienceSeconds,
            @Positive @Schema(description = "Mean chat customer patience; omitted: no abandonment") Double chatPatienceSeconds,
            @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") @Schema(description = "Occupancy cap, e.g. 0.85") Double maxOccupancy,
            @Positive @Schema(description = "Average speed of answer cap") Double maxAsaSeconds,
            @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") @Schema(description = "Abandonment cap (needs a patience)") Double maxAbandonRate,
            @PositiveOrZero @DecimalMax("2.0") @Schema(description = "Chat handle-time growth per extra concurrent chat; default 0") Double chatConcurrencyInflation,
            @Size(max = 10) @Schema(description = "Volume to staff to: mean (default, the forecast) or a quantile of the forecast run's "
                    + "prediction bounds, pNN with NN its lowerQuantile or upperQuantile in percent (p10, p90 by default), e.g. p90 to buy "
                    + "safety for a peak", example = "p90") String volumeQuantile) {

        StaffingOptions options() {
            return new StaffingOptions(phonePatienceSeconds, chatPatienceSeconds, maxOccupancy, maxAsaSeconds, maxAbandonRate,
                    chatConcurrencyInflation == null ? 0 : chatConcurrencyInflation);
        }
    }

    @Schema(name = "StaffingQueueSummary", description = "Per queue over the horizon: the model, peaks, agent-hours and the "
            + "contact-weighted expected service level at the raw requirement")
    public record QueueSummary(long queueId, String queueCode, String channel, String model, int peakRawAgents,
                               int peakScheduledAgents, double rawAgentHours, double scheduledAgentHours,
                               double volume, Double expectedServiceLevel, Double maxBacklogItems) {
    }

    @Schema(name = "StaffingRun")
    public record StaffingRunView(long id, long forecastRunId, String label, Instant horizonStart, Instant horizonEnd,
                                  int intervalMinutes, Map<String, Object> parameters, long elapsedMs, Instant createdAt,
                                  List<QueueSummary> queues) {
    }

    @Schema(name = "StaffingInterval", description = "Metrics are at the raw requirement; null where they do not apply "
            + "(closed intervals, email and tickets, which report the backlog instead)")
    public record IntervalView(long queueId, Instant intervalStart, boolean open, double volume, double ahtSeconds,
                               int rawAgents, double shrinkage, int scheduledAgents, Double serviceLevel, Double asaSeconds,
                               Double abandonRate, Double occupancy, Double backlogItems) {
        static IntervalView of(IntervalRequirement r) {
            return new IntervalView(r.queueId(), r.intervalStart(), r.open(), r.volume(), r.ahtSeconds(), r.rawAgents(),
                    r.shrinkage(), r.scheduledAgents(), r.serviceLevel(), r.asaSeconds(), r.abandonRate(), r.occupancy(),
                    r.backlogItems());
        }
    }

    @Schema(name = "StaffingDay", description = "Per queue and site-local day: peak and agent-hours")
    public record DayView(long queueId, LocalDate date, int peakRawAgents, int peakScheduledAgents, double rawAgentHours,
                          double scheduledAgentHours, double volume) {
    }
}
