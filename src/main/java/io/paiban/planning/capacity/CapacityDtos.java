package io.paiban.planning.capacity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public final class CapacityDtos {

    private CapacityDtos() {
    }

    @Schema(name = "CapacityPlanRequest", description = "A capacity plan of a site for 4-26 weeks, with what-if factors")
    public record PlanRequest(
            @NotNull Long siteId,
            @Schema(description = "Monday of the first week; default the Monday on or before the staffing run's start") LocalDate firstWeek,
            @Min(4) @Max(26) @Schema(description = "Weeks, 4-26 (default 12)") Integer weeks,
            @Schema(description = "Staffing run giving the requirement; default the newest of the site") Long staffingRunId,
            @Min(0) @Max(26) @Schema(description = "Weeks from hire to certified (default paiban.capacity.training-lead-weeks)") Integer trainingLeadWeeks,
            @DecimalMin("0") @DecimalMax("0.5") @Schema(description = "Share of in-house agents leaving per month (default 0.03)") Double attritionPerMonth,
            @DecimalMin("0.1") @DecimalMax("10") @Schema(description = "What-if: volume multiplier (default 1)") Double volumeFactor,
            @DecimalMin("0.1") @DecimalMax("10") @Schema(description = "What-if: handle-time multiplier (default 1)") Double ahtFactor,
            @DecimalMin("0") @DecimalMax("5") @Schema(description = "What-if: shrinkage multiplier (default 1; shrinkage is capped at 90%)") Double shrinkageFactor,
            @DecimalMin("0") @DecimalMax("10") @Schema(description = "What-if: attrition multiplier (default 1)") Double attritionFactor,
            @DecimalMin("-0.5") @DecimalMax("1") @Schema(description = "Volume growth per month beyond the forecast (default 0)") Double growthPerMonth,
            @Size(max = 200) String label) {
    }

    @Schema(name = "CapacityWeek", description = "One week: required FTE, available FTE and the gap (positive = short)")
    public record WeekView(LocalDate weekStart,
                           @Schema(description = "FORECAST (the staffing run covers the week) or EXTENDED (weekday profile x events x growth)") String source,
                           double requiredHours, LocalDate peakDay, double peakDayHours,
                           @Schema(description = "max(requiredHours / standard week, peakDayHours / standard day)") double requiredFte,
                           @Schema(description = "In-house agents' contract hours / standard week, after attrition") double inHouseFte,
                           @Schema(description = "Approved leave in the week, as FTE") double leaveFte,
                           @Schema(description = "Trainees certified by the week, after attrition") double traineeFte,
                           @Schema(description = "Flex-pool days offered in the week, as FTE") double flexFte,
                           double availableFte, double gapFte, List<String> promotions) {
    }

    @Schema(name = "HiringRequest", description = "What to hire (or ask from the flex pool) and when hiring must start")
    public record HiringRequestView(@Schema(description = "The promotion it is for, or SUSTAINED_GAP") String reason, String eventName,
                                    LocalDate neededBy, double gapFte, int hires, int flexAgentDays,
                                    @Schema(description = "neededBy minus the training lead time") LocalDate latestHireStart,
                                    @Schema(description = "The latest start is before the plan's first week: too late to train in time") boolean tooLate) {
    }

    @Schema(name = "CapacityAssumptions")
    public record Assumptions(long staffingRunId, LocalDate forecastFrom, LocalDate forecastTo, double standardWeekHours,
                              double standardDayHours, int trainingLeadWeeks, double attritionPerMonth, double volumeFactor,
                              double ahtFactor, double shrinkageFactor, double attritionFactor, double growthPerMonth) {
    }

    @Schema(name = "CapacityPlanResult")
    public record PlanResult(Assumptions assumptions, List<WeekView> weeks, List<HiringRequestView> hiring) {
    }

    @Schema(name = "CapacityPlan")
    public record PlanView(Long id, Long siteId, LocalDate firstWeek, int weeks, String label, String createdBy, Instant createdAt,
                           PlanResult result) {
    }
}
