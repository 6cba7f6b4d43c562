package io.paiban.planning.staffing;

import io.paiban.planning.staffing.model.QueueMetrics;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

public final class StaffingDtos {

    private StaffingDtos() {
    }

    @Schema(name = "QueueingAssumptions", description = "How contacts are served. Without patience: Erlang C (callers wait "
            + "forever); with patienceSeconds: Erlang A (exponential patience, abandonment); concurrency above 1: chat, "
            + "each agent is that many servers whose session handle time grows by concurrencyInflation per extra chat.")
    public record Assumptions(
            @NotNull @DecimalMin(value = "0.0", inclusive = false) @DecimalMax(value = "1.0", inclusive = false)
            @Schema(description = "Target share answered within answerWithinSeconds, in (0,1)", example = "0.8") Double serviceLevel,
            @NotNull @PositiveOrZero @Schema(example = "20") Double answerWithinSeconds,
            @Positive @Schema(description = "Optional average speed of answer limit") Double maxAsaSeconds,
            @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") @Schema(description = "Optional abandonment cap (needs patienceSeconds)") Double maxAbandonRate,
            @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") @Schema(description = "Optional occupancy cap, e.g. 0.85") Double maxOccupancy,
            @Positive @Schema(description = "Mean customer patience; omitted: Erlang C") Double patienceSeconds,
            @Min(1) @Max(10) @Schema(description = "Contacts one agent handles at once (chat); default 1") Integer concurrency,
            @PositiveOrZero @DecimalMax("2.0") @Schema(description = "Handle-time growth per extra concurrent chat; default 0") Double concurrencyInflation,
            @PositiveOrZero @DecimalMax(value = "1.0", inclusive = false)
            @Schema(description = "Shrinkage s: scheduled = ceil(required / (1 - s)); default 0") Double shrinkage) {
    }

    @Schema(name = "WhatIfRequest")
    public record WhatIfRequest(
            @NotNull @PositiveOrZero @Schema(description = "Contacts offered in the interval", example = "100") Double contacts,
            @Min(5) @Max(1440) @Schema(description = "Interval length; default 30", example = "30") Integer intervalMinutes,
            @NotNull @Positive @Schema(example = "180") Double ahtSeconds,
            @NotNull @Valid Assumptions assumptions,
            @PositiveOrZero @Max(100_000) @Schema(description = "Optional: agents present, to evaluate") Integer agents) {
    }

    @Schema(name = "Metrics", description = "Expected performance at a staffing level. asaSeconds is null when the queue "
            + "is unstable (agents at or below the traffic: it grows without bound).")
    public record MetricsView(int agents, int servers, double trafficErlangs, double probabilityOfWaiting,
                              double serviceLevel, Double asaSeconds, double abandonRate, double occupancy,
                              boolean stable) {
        static MetricsView of(int agents, QueueMetrics m) {
            return new MetricsView(agents, m.servers(), m.trafficErlangs(), m.probabilityOfWaiting(), m.serviceLevel(),
                    m.isStable() ? m.asaSeconds() : null, m.abandonRate(), m.occupancy(), m.isStable());
        }
    }

    @Schema(name = "WhatIfResult")
    public record WhatIfResult(String model, double trafficErlangs, int requiredAgents, int scheduledAgents,
                               double shrinkage, MetricsView atRequirement, MetricsView atGivenAgents,
                               Boolean targetMetAtGivenAgents) {
    }

    @Schema(name = "CurveInterval")
    public record CurveInterval(@NotNull @PositiveOrZero Double contacts, @NotNull @Positive Double ahtSeconds,
                                @NotNull @PositiveOrZero @Max(100_000) Integer agents) {
    }

    @Schema(name = "CurveRequest", description = "A staffing curve: agents actually present per interval, with the load")
    public record CurveRequest(
            @Min(5) @Max(1440) Integer intervalMinutes,
            @NotNull @Valid Assumptions assumptions,
            @NotEmpty @Size(max = 10_000) List<@NotNull @Valid CurveInterval> intervals) {
    }

    @Schema(name = "CurveResult", description = "Per-interval metrics and contact-weighted totals (occupancy: busy over staffed time)")
    public record CurveResult(List<MetricsView> intervals, double offeredContacts, double serviceLevel, Double asaSeconds,
                              double abandonRate, double occupancy, double unstableContacts, boolean targetMet) {
    }
}
